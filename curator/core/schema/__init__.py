"""The annotation schema: default labels and event types, its JSON and brat forms, what a name may be."""
