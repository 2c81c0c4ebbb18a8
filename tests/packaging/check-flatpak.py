#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# The Flatpak manifest as far as this machine can check it without the KDE runtime (no network
# to Flathub here): it parses, its ids match the desktop entry and the AppStream data, it runs
# on the KDE runtime, its permissions are the network, a display and the Secret Service only,
# and every source is pinned (a tag or commit; no placeholder checksums).
import sys
import xml.etree.ElementTree as ET

import yaml

manifest_path, desktop_path, metainfo_path = sys.argv[1:4]
m = yaml.safe_load(open(manifest_path))
problems = []

app_id = m.get('app-id') or m.get('id')
if app_id != 'dev.canopy.Canopy':
    problems.append(f'app-id is {app_id}')
if not desktop_path.endswith(f'{app_id}.desktop'):
    problems.append('the desktop entry is not named after the app id')
component = ET.parse(metainfo_path).getroot()
if component.findtext('id') != app_id:
    problems.append('the metainfo id differs from the app id')
if m.get('runtime') != 'org.kde.Platform' or m.get('sdk') != 'org.kde.Sdk':
    problems.append('not on the KDE runtime')
if m.get('command') != 'canopy':
    problems.append('the command is not canopy')

allowed = {'--share=network', '--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri',
           '--talk-name=org.freedesktop.secrets'}
extra = set(m.get('finish-args', [])) - allowed
if extra:
    problems.append(f'permissions beyond network, display and secrets: {sorted(extra)}')
if '--share=network' not in m.get('finish-args', []):
    problems.append('no network permission')
if any(a.startswith('--filesystem') for a in m.get('finish-args', [])):
    problems.append('filesystem access requested')

names = []
for module in m.get('modules', []):
    names.append(module['name'])
    for source in module.get('sources', []):
        kind = source.get('type')
        if kind == 'git' and not (source.get('tag') or source.get('commit')):
            problems.append(f"{module['name']}: a git source without tag or commit")
        if kind == 'archive' and (not source.get('sha256') or set(source['sha256']) == {'0'}):
            problems.append(f"{module['name']}: an archive without a real checksum")
if names[-1:] != ['canopy']:
    problems.append('canopy is not the last module')
for needed in ('qthttpserver', 'qtkeychain', 'postgresql'):
    if needed not in names:
        problems.append(f'no {needed} module (the KDE runtime does not carry it)')

if problems:
    print('\n'.join('check-flatpak: ' + p for p in problems))
    sys.exit(1)
print(f'check-flatpak: {app_id} on {m["runtime"]} {m["runtime-version"]}, modules {", ".join(names)}: all good')
