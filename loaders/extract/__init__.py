"""Extractors: small pipeline components, each adding one kind of fact to a `Document`.

They run in this order (later ones may use what earlier ones found):

1. `slogans`     — numbered formulations (四区两城, 八大行动) and their components
2. `programmes`  — named lists of projects or actions (2025年十大制造业项目：A；B；…)
3. `projects`    — projects, parks, enterprises and places, with investment and status
4. `indicators`  — indicator observations (value, unit, year, measure, kind)
5. `slogan_links` — component → section/programme realising it; slogan → higher-level slogan
6. `section_projects` — section → the projects named in it
"""

from .indicators import extract_indicators
from .programmes import extract_programmes
from .projects import extract_projects
from .section_projects import extract_section_projects
from .slogan_links import extract_slogan_links
from .slogans import extract_slogans

EXTRACTORS = [extract_slogans, extract_programmes, extract_projects, extract_indicators, extract_slogan_links,
              extract_section_projects]
