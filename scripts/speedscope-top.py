#!/usr/bin/env python3
"""Summarises a speedscope profile (dotnet-trace collect --format speedscope): the frames with the most inclusive
and self samples, to find hot spots without a viewer. Usage: python3 scripts/speedscope-top.py FILE [FILTER]"""
import collections
import json
import sys

data = json.load(open(sys.argv[1]))
frames = [f["name"] for f in data["shared"]["frames"]]
wanted = sys.argv[2] if len(sys.argv) > 2 else ""
inclusive, self_time, total = collections.Counter(), collections.Counter(), 0
for profile in data["profiles"]:
    if profile.get("type") == "sampled":
        for stack, weight in zip(profile["samples"], profile["weights"]):
            total += weight
            for index in set(stack):
                inclusive[frames[index]] += weight
            if stack:
                self_time[frames[stack[-1]]] += weight
    else:  # evented: open/close events per frame
        open_at = {}
        for event in profile["events"]:
            if event["type"] == "O":
                open_at.setdefault(event["frame"], []).append(event["at"])
            else:
                start = open_at[event["frame"]].pop()
                if not open_at[event["frame"]]:
                    inclusive[frames[event["frame"]]] += event["at"] - start
print("inclusive:")
for name, weight in inclusive.most_common(200):
    if wanted in name:
        print(f"{weight:12.1f}  {name[:150]}")
