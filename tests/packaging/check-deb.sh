#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb from this build tree with CPack, inspects it with dpkg-deb (metadata, computed
# dependencies, the files it lays out), unpacks it into a temporary root and runs the installed
# programs from there. Also checks `cmake --install` into a temporary prefix.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "check-deb: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null) || fail "cpack failed"
deb=$(ls "$work"/out/canopy_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no .deb produced"
echo "package: $(basename "$deb")"

info=$(dpkg-deb --info "$deb")
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6network6 libqt6charts6 libqt6httpserver6 libpq5 libc6; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps should have computed it)"
done
for extra in qt6-qpa-plugins libqt6sql6-psql; do
    grep -q "$extra" <<<"$depends" || fail "Depends lacks $extra"
done
# Every package named in Depends, Recommends and Suggests exists in the distribution.
for field in Depends Recommends Suggests; do
    for name in $(dpkg-deb --field "$deb" "$field" | tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | grep -v '^$'); do
        apt-cache show "$name" >/dev/null 2>&1 || fail "$field names $name, which the distribution does not have"
    done
done
grep -q "^ Package: canopy" <<<"$info" || fail "not named canopy"
grep -q "^ Homepage: " <<<"$info" || fail "no homepage"

contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/canopy ./usr/bin/canopy-sandbox \
        ./usr/share/applications/dev.canopy.Canopy.desktop ./usr/share/metainfo/dev.canopy.Canopy.metainfo.xml \
        ./usr/share/icons/hicolor/scalable/apps/dev.canopy.Canopy.svg \
        ./usr/share/icons/hicolor/48x48/apps/dev.canopy.Canopy.png \
        ./usr/share/icons/hicolor/256x256/apps/dev.canopy.Canopy.png \
        ./usr/share/man/man1/canopy.1.gz ./usr/share/man/man1/canopy-sandbox.1.gz \
        ./usr/share/doc/canopy/copyright; do
    grep -q " $file\$" <<<"$contents" || fail "the package lacks $file"
done

# A real install with dpkg into a private root (its own package database; the libraries the
# package depends on come from this system, hence --force-depends), then the programs run from it.
root="$work/root"
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info"
touch "$root/var/lib/dpkg/status"
dpkg_root=(dpkg --root="$root" --force-not-root --log=/dev/null)
"${dpkg_root[@]}" --force-depends -i "$deb" >/dev/null 2>&1 || fail "dpkg could not install the package"
"${dpkg_root[@]}" -s canopy | grep -q "^Status: install ok installed" || fail "dpkg does not record canopy as installed"
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/canopy" --version)
echo "installed canopy --version: $version"
grep -Eq '^Canopy [0-9]+\.[0-9]+\.[0-9]+$' <<<"$version" || fail "unexpected version line: $version"
help=$("$root/usr/bin/canopy-sandbox" --help)
grep -q -- "--seed" <<<"$help" || fail "canopy-sandbox --help lacks --seed"
man -l "$root/usr/share/man/man1/canopy.1.gz" >/dev/null 2>&1 || zcat "$root/usr/share/man/man1/canopy.1.gz" | grep -q '^\.TH CANOPY' \
    || fail "the man page does not read"
python3 - "$root/usr/share/icons/hicolor/256x256/apps/dev.canopy.Canopy.png" <<'PY' || fail "the 256 px icon is not a 256x256 PNG"
import struct, sys
data = open(sys.argv[1], 'rb').read(24)
assert data[:8] == b'\x89PNG\r\n\x1a\n'
assert struct.unpack('>II', data[16:24]) == (256, 256)
PY

"${dpkg_root[@]}" --force-depends -r canopy >/dev/null 2>&1 || fail "dpkg could not remove the package"
[ ! -e "$root/usr/bin/canopy" ] || fail "removing the package left /usr/bin/canopy behind"

prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
[ -x "$prefix/bin/canopy" ] && [ -x "$prefix/bin/canopy-sandbox" ] || fail "cmake --install lacks the programs"
[ -f "$prefix/share/metainfo/dev.canopy.Canopy.metainfo.xml" ] || fail "cmake --install lacks the metainfo"
echo "check-deb: all good"
