#!/usr/bin/env bash
# Builds the Linux app image of Kyosei Vision with jpackage (JDK 17): a trimmed Java runtime (jlink) plus
# target/kyosei-vision.jar, launcher bin/kyosei-vision, icon from icons/. Output: target/installer/kyosei-vision/.
#   installer/build-app-image.sh            # app image only (what CI builds and tests)
#   installer/build-app-image.sh --cds      # also record an AppCDS archive (needs a display, e.g. xvfb-run)
#   installer/build-app-image.sh --deb      # also a .deb with the .kyosei file association (needs fakeroot, dpkg-deb)
# The jar must exist (mvn -B package); it is built here with tests skipped when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
cds=false; deb=false
for a in "$@"; do case $a in --cds) cds=true;; --deb) deb=true;; *) echo "unknown option $a" >&2; exit 2;; esac; done

jar=target/kyosei-vision.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
# the project's version (first <version> of pom.xml), as the jar's manifest has it; no unzip needed in CI
version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
work=target/installer
rm -rf "$work"; mkdir -p "$work/input"
cp "$jar" "$work/input/"

# Modules: `jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/kyosei-vision.jar` (34 s, so
# not run on every build) gave java.base,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr,jdk.unsupported,
# jdk.unsupported.desktop; jdk.localedata (ja/en only) gives 令和 era names and Japanese formats, jdk.charsets
# Shift_JIS for files from other offices.
modules=java.base,java.desktop,java.logging,java.naming,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.charsets,jdk.zipfs
jlink --add-modules "$modules" --include-locales=ja,en --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$work/runtime"

# C1 only and the serial GC: a desktop app with a small heap; at start-up this halves the CPU time the JIT and GC
# threads take (docs/benchmarks.md, "Start-up"), which matters most on a busy 2-core office PC.
java_opts=(--java-options '-Dfile.encoding=UTF-8' --java-options '-Xshare:auto'
  --java-options '-XX:TieredStopAtLevel=1' --java-options '-XX:+UseSerialGC')
jpackage --type app-image --name kyosei-vision --app-version "$version" \
  --vendor 'Kyosei Vision' --description '共生ビジョン editor for 定住自立圏 planning officers' \
  --input "$work/input" --main-jar kyosei-vision.jar --main-class jp.kyoseivision.app.Launcher \
  --runtime-image "$work/runtime" --icon icons/kyosei-vision-256.png "${java_opts[@]}" --dest "$work"

app=$work/kyosei-vision
if $cds; then
  # AppCDS: one training run that opens the window on the bundled sample and quits once it is shown
  # (-Dkyosei.exitWhenShown), recording the loaded classes; the launcher then maps that archive at start-up.
  tmp=$(mktemp -d)
  "$app/bin/kyosei-vision" init "$tmp/train.kyosei" --with-sample >/dev/null
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$app/lib/app/kyosei-vision.jsa -Dkyosei.exitWhenShown=true -Dkyosei.home=$tmp" \
    "$app/bin/kyosei-vision" --file "$tmp/train.kyosei" >/dev/null 2>&1 || true
  rm -rf "$tmp"
  if [ -f "$app/lib/app/kyosei-vision.jsa" ]; then
    sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/kyosei-vision.jsa' "$app/lib/app/kyosei-vision.cfg"
    echo "AppCDS archive: $(du -h "$app/lib/app/kyosei-vision.jsa" | cut -f1)"
  else
    echo "no AppCDS archive was written (no display?)" >&2
  fi
fi

if $deb; then
  jpackage --type deb --app-image "$app" --name kyosei-vision --app-version "$version" \
    --file-associations installer/kyosei.properties --linux-shortcut --linux-menu-group Office \
    --dest "$work"
fi
echo "app image: $app (launcher $app/bin/kyosei-vision)"
