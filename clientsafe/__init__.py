"""ClientSafe: keeps a small business's customer information safe from collection to destruction."""

__version__ = "0.1.0"
APP_NAME = "ClientSafe"
