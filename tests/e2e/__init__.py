"""End-to-end tests of the web page (a package only so that its conftest has a name of its own)."""
