#!/usr/bin/env python3
"""Where a JFR recording's CPU samples go, by library: bench/run --profile prints this for each profiled phase.

Reads `jfr print --stack-depth 64 --events jdk.ExecutionSample` output on stdin. Each sample is charged to the
library of its innermost frame outside the JDK ("self"), and counted once for every library on its stack
("inclusive"); the ten hottest methods follow.
"""
import collections
import sys

LIBRARIES = [
    ("org.giswatch.", "our code"),
    ("org.postgresql.", "pgjdbc"),
    ("org.hibernate.validator.", "Hibernate Validator"),
    ("org.hibernate.", "Hibernate ORM"),
    ("org.apache.commons.csv.", "commons-csv"),
    ("org.apache.commons.io.", "commons-csv"),
    ("com.fasterxml.jackson.", "Jackson"),
    ("io.agroal.", "Agroal pool"),
    ("com.arjuna.", "transactions"),
    ("io.narayana.", "transactions"),
    ("org.jboss.resteasy.reactive.", "RESTEasy Reactive"),
    ("io.quarkus.resteasy.reactive.", "RESTEasy Reactive"),
    ("io.vertx.", "Vert.x/Netty"),
    ("io.netty.", "Vert.x/Netty"),
    ("io.smallrye.", "SmallRye"),
    ("io.quarkus.", "Quarkus"),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")


def library(frame):
    for prefix, name in LIBRARIES:
        if frame.startswith(prefix):
            return name
    return None if frame.startswith(JDK) else "other"


def samples(lines):
    stack, inside = [], False
    for line in lines:
        line = line.strip()
        if line.startswith("stackTrace = ["):
            stack, inside = [], True
        elif inside and line.startswith("]"):
            inside = False
            yield stack
        elif inside and line and not line.startswith("..."):
            stack.append(line.split("(")[0].split(" line:")[0])


def main():
    self_time, inclusive, methods = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for stack in samples(sys.stdin):
        total += 1
        methods[stack[0] if stack else "?"] += 1
        charged = next((library(f) for f in stack if library(f)), "JDK")
        self_time[charged] += 1
        for name in {library(f) for f in stack if library(f)}:
            inclusive[name] += 1
    if total == 0:
        print("no samples")
        return
    print(f"{total} samples")
    print("| library | self | inclusive |\n|---|---|---|")
    for name, count in self_time.most_common():
        print(f"| {name} | {100 * count / total:.0f} % | {100 * inclusive.get(name, count) / total:.0f} % |")
    print("\nhottest methods (self):")
    for method, count in methods.most_common(10):
        print(f"  {100 * count / total:5.1f} %  {method}")


if __name__ == "__main__":
    main()
