"""What an entity serves and what serves it, read off its traces (`tifa.queries.trace`): the projects a
slogan, a component, a programme, a section or a park reaches down to, one row per project and sentence
listing it; and the chains up from an entity to the components and slogans it serves.

>>> rows = projects_reached(store, "四区两城")                                   # doctest: +SKIP
>>> rows[0]["component"], rows[0]["project"], rows[0]["title"]                   # doctest: +SKIP
('承接产业转移示范区', '…', '零陵区国民经济和社会发展第十四个五年规划…')
"""

from __future__ import annotations

from tifa.queries.trace import trace

COLUMNS = ["component", "via", "project", "document", "title", "sentence", "start", "end", "project_id", "component_id"]
MAX_ROWS = 5000
CHAINS = 40
LISTING = ("includesProject", "hostsProject")


def projects_reached(store, label: str, titles: dict[str, str] | None = None) -> list[dict]:
    """Rows ``{"component", "via", "project", "document", "title", "sentence", "start", "end", "project_id",
    "component_id"}`` for each project reached from `label` (a label or an IRI), with the sentence that
    lists it, sorted by component (in the slogan's order), report and project. A node the trace expanded
    elsewhere (``repeated``) is followed there too, so every component lists all its projects."""
    tree = trace(store, label)
    expanded: dict[str, dict] = {}

    def index(node):
        if not node.get("repeated"):
            expanded.setdefault(node["id"], node)
        for child in node["children"]:
            index(child)

    index(tree["root"])
    rows: list[dict] = []
    order: dict[str, int] = {}

    def walk(node, component, via, path):
        for child in expanded.get(node["id"], node)["children"]:
            if len(rows) >= MAX_ROWS or child["id"] in path:
                continue
            if child["type"] == "project" and child["relation"] in LISTING:
                for evidence in child["evidence"] or [{}]:
                    rows.append({"component": component["label"] if component else "",
                                 "component_id": component["id"] if component else "",
                                 "via": via["label"] if via else "", "project": child["label"],
                                 "project_id": child["id"], "document": evidence.get("document", ""),
                                 "title": (titles or {}).get(evidence.get("document"), evidence.get("document", "")),
                                 "sentence": evidence.get("text", ""), "start": evidence.get("start"),
                                 "end": evidence.get("end")})
                continue
            if child["type"] == "component" and component is None:
                order.setdefault(child["id"], len(order))
            walk(child, component or (child if child["type"] == "component" else None),
                 child if child["type"] in ("section", "programme", "park") else via, path | {child["id"]})

    root = tree["root"]
    walk(root, root if root["type"] == "component" else None, root if root["type"] in ("section", "programme", "park") else None,
         {root["id"]})
    unique = {(r["component_id"], r["project_id"], r["document"], r["start"]): r for r in rows}
    return sorted(unique.values(), key=lambda r: (order.get(r["component_id"], -1), r["document"], r["project"],
                                                  r["start"] or 0))


def chains_up(store, label: str) -> list[list[dict]]:
    """The chains from what `label` serves at the top down to it: each a list of ``{"id", "label", "type",
    "relation"}``, top first (slogan › component › section › … › the entity), at most `CHAINS` of them."""
    root = trace(store, label, up=True)["root"]
    chains: list[list[dict]] = []

    def walk(node, path):
        step = {"id": node["id"], "label": node["label"], "type": node["type"], "relation": node["relation"]}
        if not node["children"] and path:
            chains.append(list(reversed([*path, step])))
        for child in node["children"]:
            if len(chains) < CHAINS:
                walk(child, [*path, step])

    walk(root, [])
    return chains
