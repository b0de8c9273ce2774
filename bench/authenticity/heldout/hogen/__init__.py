"""hogen: held-out image-forensics dataset generator (see ../README.md)."""
