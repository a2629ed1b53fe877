"""The knowledge base of canonical entities (people, places, organisations) that spans link to."""
