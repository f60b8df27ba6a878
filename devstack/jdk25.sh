# Sourced by ./stack, .ci/run and bench/run: the services, the tests and the benchmark run on JDK 25 (Temurin), which
# the AOT cache and compact object headers need (docs/performance.md). Uses the Temurin 25 of these machines when it is
# there, else a JAVA_HOME that is already a JDK 25 or later, else stops with what to install.
GISWATCH_TEMURIN_25=/usr/lib/jvm/temurin-25-jdk-amd64
if [ -x "$GISWATCH_TEMURIN_25/bin/java" ]; then
  export JAVA_HOME=$GISWATCH_TEMURIN_25
elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] \
    && [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || echo 0)" -ge 25 ] 2>/dev/null; then
  export JAVA_HOME
else
  echo "JDK 25 is needed: no Temurin 25 at $GISWATCH_TEMURIN_25 and JAVA_HOME (${JAVA_HOME:-unset}) is not a JDK 25 or" \
    "later. Install Temurin 25 there, or set JAVA_HOME to a JDK 25." >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
