"""`tifa analyze` and `tifa path`: the graph's structure measured with networkx, and the chains of
stated links between two entities (through specific entities rather than hubs).

    tifa analyze                        # what connects the most projects, bridges, components, most reported
    tifa analyze --top 5 --document lingling-2024-plan --json
    tifa path 四区两城 何仙观水库           # each link with its sentence and document
    tifa path 八大行动 锰系新材料产业园 --k 3  # the three best chains, avoiding hubs such as 湖南省
"""

from __future__ import annotations

import json
import sys

from ..close_names import hint
from ..options import open_from_args
from ..table import excerpt, render

PER_TYPE = 3  # connectors of each type shown besides the overall ranking (sections tend to fill that)


def register(command) -> None:
    a = command("analyze", _analyze, "what connects the most projects, connected components, "
                                     "entities in the most reports")
    a.add_argument("--top", type=int, default=10, metavar="N", help="rows per ranking (10)")
    a.add_argument("--document", metavar="ID", help="only the links stated in this document")
    a.add_argument("--json", action="store_true", help="print one JSON object instead of tables")

    p = command("path", _path, "chains of stated links between two entities, through specific entities "
                               "rather than hubs, with evidence")
    p.description = ("Chains of stated links between two entities, each link with its sentence. By default "
                            "hubs are avoided: every entity on a chain costs its degree (how many entities it is "
                     "linked to) and the cheapest chain wins, so a chain through a project's own section "
                     "and park beats a shorter one through 湖南省, which hundreds of things are located in. "
                     "--shortest takes the fewest links instead.")
    p.add_argument("a", metavar="A", help="a label, alias or IRI, e.g. 四区两城")
    p.add_argument("b", metavar="B", help="another one, e.g. 何仙观水库")
    p.add_argument("--k", type=int, default=1, metavar="N", help="show the N best chains (1)")
    p.add_argument("--shortest", action="store_true",
                   help="fewest links first (then the least linked entities), even through hubs")
    p.add_argument("--json", action="store_true",
                   help='print {"source", "target", "links": [{"from", "to", "relation", "direction", "evidence"}], '
                        '"cost", "alternatives": [the next chains]}')


def _fail(message) -> int:
    print(f"tifa: {message}", file=sys.stderr)
    return 1


def _analyze(args) -> int:
    # networkx loads here, not at the top: every `tifa` command would pay for it otherwise
    from tifa.views.analysis import (
        CONNECTOR_TYPES,
        connected_components,
        connectors,
        most_reported,
    )
    from tifa.views.network import load_network

    if args.top < 1:
        return _fail("--top must be 1 or more")
    with open_from_args(args, read_only=True) as store:
        if args.document and args.document not in store.documents():
            return _fail(f"no document {args.document!r} in the graph (tifa list documents shows them)")
        G = load_network(store, document=args.document)
    if not len(G):
        return _fail("no linked entities in the graph (run `tifa build` first?)")
    parts = connected_components(G)
    ranked = connectors(G)
    report = {
        "nodes": G.number_of_nodes(), "links": G.number_of_edges(),
        "connectors": ranked[:args.top],
        "connectors_by_type": {kind: [c for c in ranked if c["type"] == kind][:PER_TYPE] for kind in CONNECTOR_TYPES},
        "bridges": connectors(G, top=args.top, by="betweenness"),
        "components": {"count": len(parts), "sizes": [part["size"] for part in parts], "largest": parts[:args.top]},
        "most_reported": most_reported(G, top=args.top),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(_report_text(report))
    return 0


def _report_text(report: dict) -> str:
    def ranking(items: list[dict]) -> str:
        return render(["label", "type", "projects", "betweenness", "documents"],
                      [[i["label"], i["type"], str(i["projects"]), f"{i['betweenness']:.4f}", ",".join(i["documents"])]
                       for i in items], max_width=40)

    components = report["components"]
    sizes = components["sizes"]
    shown = ", ".join(map(str, sizes[:15])) + (", …" if len(sizes) > 15 else "")
    parts = render(["size", "types", "main nodes"],
                   [[str(p["size"]), ", ".join(f"{t} {n}" for t, n in p["types"].items()),
                     "、".join(m["label"] for m in p["main"])] for p in components["largest"]], max_width=60)
    reported = render(["label", "type", "reports", "links", "documents"],
                      [[e["label"], e["type"], str(len(e["documents"])), str(e["links"]), ",".join(e["documents"])]
                       for e in report["most_reported"]], max_width=40)
    return "\n\n".join([
        f"{report['nodes']} linked entities, {report['links']} stated links",
        "What connects the most projects (projects reached downwards; betweenness on connectors ↔ projects)\n"
        + ranking(report["connectors"]),
        "The first of each kind\n" + ranking([c for found in report["connectors_by_type"].values() for c in found]),
        "Bridges (highest betweenness on connectors ↔ projects)\n" + ranking(report["bridges"]),
        f"Connected components: {components['count']} (sizes {shown})\n" + parts,
        "Entities in the most reports\n" + reported,
    ])


def _path(args) -> int:
    from tifa.views.analysis import chains
    from tifa.views.network import load_network

    if args.k < 1:
        return _fail("--k must be 1 or more")
    with open_from_args(args, read_only=True) as store:
        G = load_network(store)
    try:
        found = chains(G, args.a, args.b, k=args.k, avoid_hubs=not args.shortest)
    except LookupError as error:
        names = {name for _, data in G.nodes(data=True) for name in (data["label"], *data.get("aliases", ()))}
        return _fail(error.args[0] + hint(error.args[1], names))
    except ValueError as error:
        return _fail(error.args[0])
    if args.json:
        print(json.dumps({**found[0], "alternatives": found[1:]}, ensure_ascii=False, indent=2))
        return 0
    lines = []
    for number, chain in enumerate(found, 1):
        source, links = chain["source"], chain["links"]
        heading = f"{source['label']} [{source['type']}]" + (
            f" — {len(links)} link(s) to {chain['target']['label']}" if links else " (same entity)")
        if len(found) > 1:
            heading = f"{number}. {heading}, through entities of {chain['cost']:,} links in all"
        lines.append(heading)
        for link in links:
            arrow = f"—{link['relation']}→" if link["direction"] == "forward" else f"←{link['relation']}—"
            lines.append(f"  {link['from']['label']} {arrow} {link['to']['label']} [{link['to']['type']}]")
            for evidence in link["evidence"][:1]:
                more = f" (+{len(link['evidence']) - 1} more)" if len(link["evidence"]) > 1 else ""
                lines.append(f"      «{excerpt(evidence['text'], link['to']['label'])}»")
                lines.append(f"      {evidence['document']} {evidence['start']}–{evidence['end']}{more}")
    if len(found) < args.k:
        lines.append(f"(only {len(found)} chain(s) join them)")
    print("\n".join(lines))
    return 0
