"""The portal as a WSGI application for a production-style server (gunicorn), configured by
MINASIDOR_* environment variables (see config.py; MINASIDOR_DATA_DIR for the data). Every
worker process shares the state through the SQLite files, none in process memory."""

import os

from . import create_app

app = create_app(data_dir=os.environ.get("MINASIDOR_DATA_DIR", ".minasidor"))
