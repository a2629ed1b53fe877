"""Text as spans see it: language detection, offsets and word snapping, tokenization, near-duplicate texts."""
