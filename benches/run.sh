#!/usr/bin/env bash
# Cortado's benchmark runner (see README.md): Cortado and HotSpot side by side.
# Usage: benches/run.sh [-n N] [--only name,name] [--quick] [--no-build] [--timeout S] [--no-startup]
exec python3 "$(dirname "$0")/run.py" "$@"
