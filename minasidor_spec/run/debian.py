"""Install a Debian package with apt-get when a tool is missing (as root, or with sudo)."""

from __future__ import annotations

import os
import subprocess
import sys


def apt_install(*packages: str) -> bool:
    """apt-get update + install -y `packages`; False (with a Swedish message) when it fails."""
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    quiet = dict(env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, stdout=subprocess.DEVNULL)
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
        if subprocess.run(sudo + command, **quiet).returncode != 0:
            print(
                f"FEL: {' '.join(sudo + command)} misslyckades; installera {' '.join(packages)} själv.", file=sys.stderr
            )
            return False
    return True
