#!/usr/bin/env python3
"""Who talks to whom: Readout's calls, statements and call network in pandas and networkx.

Run it against a Readout server; `mvn spring-boot:run` loads the five bundled sample articles, enough for every step:

    python3 examples/calls_network.py                      # http://localhost:8080
    python3 examples/calls_network.py http://host:18080    # or READOUT_URL=...

Needs pandas and networkx (Debian/Ubuntu: apt-get install python3-pandas python3-networkx; elsewhere
pip install pandas networkx). The last line is a JSON summary, which the build's test compares with the API.
"""
import json
import os
import sys

import networkx as nx
import pandas as pd

BASE = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("READOUT_URL", "http://localhost:8080")).rstrip("/")

# Read codes and ids as the strings they are. Without this pandas infers numbers: CAMEO "040" becomes 40.0 (quoting
# in the file does not stop it), and a column that is empty on every row becomes float. keep_default_na=False keeps
# Namibia's country code "NA" a country; only empty cells are missing.
CSV_OPTIONS = dict(
    dtype={c: str for c in ["cameo_code", "cameo_source_id", "cameo_target_id", "plover_category", "plover_mode",
                            "participant_countries", "speaker_country", "country", "urls", "date_text"]},
    keep_default_na=False, na_values=[""])


def export(path):
    return f"{BASE}/export/{path}"


# 1. Every call, flat, one row each. Dates: undated calls (NaT) stay in the table but drop out of per-month counts.
calls = pd.read_csv(export("calls.csv"), **CSV_OPTIONS)
calls["date"] = pd.to_datetime(calls["date"])      # works on an empty table too, unlike parse_dates + .dt
calls["participants"] = calls["participant_names"].str.split("; ")
print(f"{len(calls)} calls, {calls['date'].notna().sum()} of them dated")
per_month = calls.dropna(subset=["date"]).groupby([calls["date"].dt.to_period("M"), "cameo_code"]).size()
print("dated calls by month and CAMEO code:\n" + per_month.to_string())

# 2. A filtered subset: held phone calls and meetings with a Russian participant in February-March 2022.
russia = pd.read_csv(export("calls.csv?country=RU&from=2022-02-01&to=2022-03-31&medium=PHONE,IN_PERSON&status=HELD"),
                     **CSV_OPTIONS)
print(f"\nheld calls with Russia, Feb-Mar 2022: {len(russia)}")
print(russia[["date", "medium", "cameo_code", "participant_names"]].to_string(index=False))

# 3. Statements with provenance: one row per report of each quotation (NDJSON carries everything, nested).
statements = pd.read_json(export("statements.ndjson?speakerName=blinken"), lines=True, dtype={"cameoCode": str})
mentions = pd.json_normalize(statements.to_dict("records"), "mentions", ["id", "text", "cameoCode"],
                             record_prefix="mention.") if len(statements) else pd.DataFrame()
print(f"\n{len(statements)} statements by Blinken, reported {len(mentions)} times")

# 4. The call network: one row per pair of participants who took part in the same calls.
edges = pd.read_csv(export("network.csv"), **CSV_OPTIONS)
G = nx.from_pandas_edgelist(edges, "source_name", "target_name", edge_attr=["calls", "first_date", "last_date"])
nx.set_node_attributes(G, dict(zip(edges.source_name, edges.source_id)) | dict(zip(edges.target_name, edges.target_id)),
                       "id")
central = sorted(nx.degree_centrality(G).items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(f"\nnetwork: {G.number_of_nodes()} participants, {G.number_of_edges()} pairs; most connected:")
for name, c in central:
    print(f"  {name}: {G.degree(name)} counterparts, {int(G.degree(name, weight='calls'))} calls")

print("summary " + json.dumps({
    "calls": int(len(calls)),
    "dated_calls": int(calls["date"].notna().sum()),
    "cameo_codes": sorted(calls["cameo_code"].dropna().unique().tolist()),
    "russia_calls": int(len(russia)),
    "statements": int(len(statements)),
    "mentions": int(len(mentions)),
    "nodes": G.number_of_nodes(),
    "edges": G.number_of_edges(),
    "most_connected": central[0][0] if central else None,
}))
