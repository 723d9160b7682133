"""The web portal (decision 0028): actors submit and fix their files, the public reads the
published figures and the case law, programs use the JSON API. Thin: every screen calls the same
stage functions and typed models as the CLI."""

from rapporteur.portal.app import create_app

__all__ = ["create_app"]
