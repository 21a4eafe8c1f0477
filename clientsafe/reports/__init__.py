"""PDF documents (reportlab); no Qt, no SQL."""
