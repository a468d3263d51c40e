"""The course bibliography: every figure in the course cites a source id from here.

In a lesson, cite a source in the text as ``[@id]`` and end the lesson with a Sources cell::

    from course import sources
    sources.show("canaries2025", "signalfire2025")

The ids must exist here; a test checks that every ``[@id]`` in a lesson is in this bibliography
and in that lesson's Sources cell. A model default that is not taken from a source is marked
``"illustrative"`` instead of an id.

``note`` says how the figure was checked when that matters: a *secondary* source is a summary or
news report of the original, a *weak* source is an assumption band rather than evidence.
CONTRIBUTING.md says how a figure gets its source.
"""

from __future__ import annotations

from dataclasses import dataclass

from course.i18n import _

ILLUSTRATIVE = "illustrative"

# Ids are the first author's family name (or the organisation) and the year, lower case:
# "canaries2025" and "dakanfeller" are the exceptions, named after their well-known titles.
# Each lesson adds its own sources in its section below; a source that several lessons use
# stands once, near the top.


@dataclass(frozen=True)
class Source:
    id: str
    authors: str
    year: str
    title: str
    publisher: str
    url: str = ""
    note: str = ""

    def markdown(self) -> str:
        """One bibliography line in Markdown."""
        year = _("n.d.") if self.year == "n.d." else self.year  # no date
        text = f"**{self.id}**: {self.authors} ({year}). *{self.title}*. {self.publisher}."
        if self.url:
            text += f" <{self.url}>"
        if self.note:
            text += f" ({_(self.note)})"
        return text


_SOURCES = [
    # --- the essay ---------------------------------------------------------------------------
    Source(
        "rubens2025",
        "Wilfred Rubens",
        "2025",
        "De mogelijke impact van (generatieve) AI op arbeid",
        "WilfredRubens.com over leren en ICT, also on e-learning.nl",
        "https://www.e-learning.nl/Bloggers/tabid/197/articleType/ArticleView/articleId/492181/"
        "De-mogelijke-impact-van-generatieve-AI-op-arbeid.aspx",
        "an opinion essay, in Dutch; the course is built on it",
    ),
    # --- AI literacy and AI fluency (welcome, ai_strategy) -----------------------------------
    Source(
        "longmagerko2020",
        "Duri Long and Brian Magerko",
        "2020",
        "What is AI Literacy? Competencies and Design Considerations",
        "Proceedings of CHI 2020, ACM",
        "https://doi.org/10.1145/3313831.3376727",
    ),
    Source(
        "dakanfeller",
        "Rick Dakan and Joseph Feller, with Anthropic",
        "n.d.",
        "AI Fluency: the 4D framework (Delegation, Description, Discernment, Diligence)",
        "AI Fluency course materials",
        "https://productwithmustache.com/ai-fluency-4d-framework/",
        "secondary: read in a guide to the framework",
    ),
    Source(
        "euaiact2024",
        "European Parliament and Council",
        "2024",
        "Regulation (EU) 2024/1689 (Artificial Intelligence Act), Article 4: AI literacy",
        "Official Journal of the European Union",
        "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        "Article 4 applies from 2 February 2025",
    ),
    # --- used by several lessons -------------------------------------------------------------
    Source(
        "wef2025",
        "World Economic Forum",
        "2025",
        "The Future of Jobs Report 2025",
        "World Economic Forum, January 2025",
        "https://news.outsourceaccelerator.com/ai-tech-global-job-market-wef/",
        "secondary: figures read in press summaries of the report (Outsource Accelerator, eWEEK, "
        "Lokmat Times)",
    ),
    Source(
        "eloundou2024",
        "Tyna Eloundou, Sam Manning, Pamela Mishkin and Daniel Rock",
        "2024",
        "GPTs are GPTs: An Early Look at the Labor Market Impact Potential of Large Language "
        "Models",
        "arXiv:2303.10130 (2023); published in Science 384(6702), 2024",
        "https://arxiv.org/abs/2303.10130",
    ),
    Source(
        "gmyrek2025",
        "Paweł Gmyrek and others (ILO and NASK)",
        "2025",
        "Generative AI and jobs: a refined global index of occupational exposure",
        "ILO Working Paper 140, 20 May 2025",
        "https://digital-skills-jobs.europa.eu/en/inspiration/research/generative-ai-and-jobs-refined-global-index-occupational-exposure",
        "the link is the EU Digital Skills and Jobs Platform's summary",
    ),
    Source(
        "humlum2025",
        "Anders Humlum and Emilie Vestergaard",
        "2025",
        "Large Language Models, Small Labor Market Effects",
        "Becker Friedman Institute Working Paper 2025-56, May 2025",
        "https://m.getcoai.com/news/danish-study-challenges-claims-about-ai-disrupting-the-labor-market",
        "secondary: figures read in summaries by CO/AI and Sipoch; the time saved is what workers "
        "reported, not measured",
    ),
    Source(
        "acemoglurestrepo2019",
        "Daron Acemoglu and Pascual Restrepo",
        "2019",
        "Automation and New Tasks: How Technology Displaces and Reinstates Labor",
        "Journal of Economic Perspectives 33(2), 3-30",
        "https://ssrn.com/abstract=3359484",
    ),
    Source(
        "anthropic2025",
        "Anthropic",
        "2025",
        "The Anthropic Economic Index (first report, 10 February 2025)",
        "Anthropic",
        "https://www.hstoday.us/subject-matter-areas/ai-and-advanced-tech/anthropic-economic-index-launched-to-study-ais-impact-on-labor-markets/",
        "secondary: figures read in news summaries; one vendor's users only",
    ),
    Source(
        "lee2025",
        "Hao-Ping Lee and others (Microsoft Research and Carnegie Mellon University)",
        "2025",
        "The Impact of Generative AI on Critical Thinking: self-reported reductions in cognitive "
        "effort and confidence effects from a survey of knowledge workers",
        "Proceedings of CHI 2025, ACM",
        "https://doi.org/10.1145/3706598.3713778",
        "a survey of 319 knowledge workers: correlational, self-reported",
    ),
    Source(
        "pugh2024",
        "Allison J. Pugh",
        "2024",
        "The Last Human Job: The Work of Connecting in a Disconnected World",
        "Princeton University Press",
        "https://pres-outlook.org/2024/09/the-last-human-job-the-work-of-connecting-in-a-disconnected-world/",
        "the link is a review that quotes the book's definition of connective labour",
    ),
    Source(
        "selwyn_nepc",
        "NEPC, Critical Studies of Education & Technology (likely Neil Selwyn)",
        "n.d.",
        "More Work for Teacher? The Ironies of GenAI as a Labour-Saving Technology",
        "NEPC blog",
        "https://nepc.colorado.edu./blog/critical-studies-education-technology-more-work-teacher-ironies-genai-labour-saving-technology",
        "the author line was not in the copy read; attributing it to Selwyn is likely but "
        "unverified",
    ),
    Source(
        "selwyn_aeu",
        "Neil Selwyn, interviewed by the Australian Education Union (Victorian branch)",
        "n.d.",
        "Professional Voice 14.1.8: an interview on generative AI and teachers' work",
        "AEU Victoria",
        "https://www.aeuvic.asn.au/professional-voice-1418",
        "the year was not in the copy read",
    ),
    # --- 01 three_effects --------------------------------------------------------------------
    Source(
        "gmyrek2025scores",
        "Paweł Gmyrek and others (ILO and NASK)",
        "2025",
        "Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx: generative-AI exposure scores of the tasks "
        "of ISCO-08 occupations",
        "GitHub repository pgmyrek/2025_GenAI_scores_ISCO08, commit 17599f7 of 23 May 2025",
        "https://github.com/pgmyrek/2025_GenAI_scores_ISCO08",
        "the data file of ILO Working Paper 140; the course's figures by major group are computed "
        "from it for "
        "its 427 occupations, unweighted, so they describe occupations, not workers",
    ),
    Source(
        "gmyrek2023",
        "Paweł Gmyrek, Janine Berg and David Bescond",
        "2023",
        "Generative AI and Jobs: A global analysis of potential effects on job quantity and "
        "quality",
        "ILO Working Paper 96, August 2023",
        "https://morungexpress.com/ai-wont-destroy-many-jobs-but-clerical-employees-at-high-risk-ilo-study-says",
        "secondary: the figures on clerical work read in an IANS news report",
    ),
    Source(
        "nask2025",
        "NASK National Research Institute, with the ILO",
        "2025",
        "How we built the ILO-NASK Index",
        "NASK (nask.pl)",
        "https://www.nask.pl/index",
        "how the 2025 scores were made: a large survey of workers in Poland on a sample of tasks, "
        "expert input (surveys and Delphi-style rounds), then an AI-assisted estimate of the "
        "score of each ISCO-08 task",
    ),
    Source(
        "tweakers2025",
        "Tweakers, on the forecast of UWV and SBB",
        "2025",
        "Aantal mbo-vacatures in ict-sector gaat dalen",
        "Tweakers, June 2025",
        "https://tweakers.net/nieuws/232928/aantal-mbo-vacatures-in-ict-sector-gaat-dalen.html",
        "secondary: a news report of the forecast; it gives no size of the decline",
    ),
    Source(
        "ilostat",
        "ILOSTAT (International Labour Organization)",
        "n.d.",
        "Glossary: high-skilled occupations (ISCO-08 major groups 1-3)",
        "ILOSTAT",
        "https://ilostat.ilo.org/glossary/high-skilled-occupations/",
        "medium skill (major groups 4-8) and low skill (9) as in a World Bank table based on ILO "
        "(2012)",
    ),
    # --- 02 hidden_substitution --------------------------------------------------------------
    Source(
        "mint2025",
        "Mint",
        "2025",
        "Report on Microsoft's AI-generated ad for Surface Pro and Surface Laptop, revealed three "
        "months after its release",
        "Mint (livemint.com), 26 April 2025",
        "https://www.livemint.com/technology/tech-news/microsoft-ai-generated-ad-blog-surface-laptop-reveals-satya-nadella-pulled-an-ai-sneak-attack-and-nobody-noticed/amp-11745671893467.html",
    ),
    Source(
        "tweaktown2025",
        "TweakTown",
        "2025",
        "Microsoft reveals it fooled thousands of people with this Copilot+ PC ad",
        "TweakTown",
        "https://www.tweaktown.com/news/104822/microsoft-reveals-it-fooled-thousands-of-people-with-this-copilot-pc-ad/index.html",
        "secondary: quotes the Microsoft Design blog post, which was not found",
    ),
    Source(
        "outpost2025",
        "The Outpost",
        "2025",
        "Report on Microsoft's stealth AI ad: generative AI in a Surface Pro commercial went "
        "unnoticed for months",
        "theoutpost.ai",
        "https://theoutpost.ai/news-story/microsoft-s-stealth-ai-ad-generative-ai-in-surface-pro-commercial-goes-unnoticed-for-months-14707",
        "secondary: a news summary",
    ),
    Source(
        "coai2025",
        "CO/AI",
        "2025",
        "Report on the AI radio host of 'Workdays with Thy' (CADA, ARN Media, Sydney)",
        "CO/AI (getcoai.com)",
        "https://getcoai.com/news/facepalm-ai-radio-host-fools-australian-listeners-for-months",
        "secondary: a summary of reporting by the Australian Financial Review and the Sydney "
        "Morning Herald; "
        "the audience of about 72,000 is the AFR's figure, as of March 2025",
    ),
    Source(
        "flux2025",
        "Flux",
        "2025",
        "ARN faces another mic-drop moment",
        "Flux, 23 April 2025",
        "https://flux.finance/post/arn-faces-another-mic-drop-moment",
    ),
    Source(
        "nexusnews2025",
        "Nexus News 247",
        "2025",
        "Australian radio station under fire",
        "nexusnews247.com, April 2025",
        "https://www.nexusnews247.com/2025/04/australian-radio-station-under-fire.html",
    ),
    Source(
        "nwasianweekly2025",
        "Northwest Asian Weekly",
        "2025",
        "Report on the outrage over a radio station's AI Asian host",
        "Northwest Asian Weekly, 25 April 2025",
        "https://nwasianweekly.com/2025/04/radio-stations-ai-asian-host-sparks-outrage/",
    ),
    Source(
        "aiovert",
        "AIOvert",
        "n.d.",
        "EU AI Act Article 4: AI literacy",
        "AIOvert blog",
        "https://aiovert.com/blog/eu-ai-act-article-4-ai-literacy",
        "a commentary that quotes Article 4; the date of formal enforcement powers is its reading, "
        "a secondary source",
    ),
    # --- 03 after_job_loss -------------------------------------------------------------------
    Source(
        "cbs2019",
        "CBS (Statistics Netherlands)",
        "n.d.",
        "Inkomens- en vermogensongelijkheid: Gini-coëfficiënten van huishoudens (StatLine table "
        "84476NED)",
        "CBS StatLine",
        "https://www.cbs.nl/nl-nl/cijfers/detail/84476NED",
        "the figures used are for 2019, provisional (2019*); the copy read did not say which "
        "income "
        "concept (primary, gross or disposable) the income Gini is for",
    ),
    Source(
        "cbs2025",
        "Accountancy van Morgen, reporting CBS figures",
        "2025",
        "56 procent vermogen in handen van 10 procent huishoudens",
        "Accountancy van Morgen, 15 January 2025",
        "https://www.accountancyvanmorgen.nl/2025/01/15/56-procent-vermogen-in-handen-van-10-procent-huishoudens/",
        "secondary: a news report of CBS's wealth figures for the start of 2023",
    ),
    Source(
        "cbs2026",
        "Welingelichte Kringen (ANP), reporting CBS figures",
        "2026",
        "CBS: minder vacatures en meer werklozen in vierde kwartaal",
        "Welingelichte Kringen, 30 January 2026",
        "https://www.welingelichtekringen.nl/economie/cbs-minder-vacatures-en-meer-werklozen-in-vierde-kwartaal",
        "secondary: a news report of CBS's vacancy and unemployment figures",
    ),
    Source(
        "rd2024",
        "Reformatorisch Dagblad",
        "2024",
        "Eindelijk daalt het lerarentekort, maar blijft dat ook zo?",
        "Reformatorisch Dagblad, December 2024",
        "https://www.rd.nl/artikel/1089147-eindelijk-daalt-het-lerarentekort-maar-blijft-dat-ook-zo",
        "a news report of the teacher-shortage figures for 2024",
    ),
    Source(
        "icthealth2026",
        "ICT&health",
        "2026",
        "Zorgakkoorden dragen bij aan terugdringen personeelstekort",
        "ICT&health, January 2026",
        "https://www.icthealth.nl/nieuws/zorgakkoorden-dragen-bij-aan-terugdringen-personeelstekort",
        "the care-staff prognosis published early in 2026; every yearly prognosis gives other "
        "figures",
    ),
    Source(
        "nos2023",
        "Crimesite, reporting NOS",
        "2023",
        "Nog jaren tekorten bij de politie",
        "Crimesite, November 2023",
        "https://www.crimesite.nl/nog-jaren-tekorten-bij-de-politie/",
        "secondary: a report of an NOS news item",
    ),
    Source(
        "hartvannederland2026",
        "Hart van Nederland",
        "2026",
        "News report on the vacancies at Defence",
        "Hart van Nederland, 19 February 2026",
        note="the quotation was checked; no link was kept",
    ),
    Source(
        "cpb2022",
        "CPB Netherlands Bureau for Economic Policy Analysis",
        "2022",
        "Ongelijkheid en herverdeling",
        "CPB",
        "https://nieuws.nl/economie/20220325/cpb-sterkste-schouders-dragen-niet-de-zwaarste-lasten/",
        "secondary: figures read in a report by nieuws.nl, 25 March 2022",
    ),
    Source(
        "deloitte2025",
        "Deloitte Netherlands",
        "2025",
        "Pakket Belastingplan 2025 aangenomen door Eerste Kamer",
        "Deloitte Tax blog",
        "https://www.deloitte.com/nl/nl/services/tax/blogs/pakket-belastingplan-2025-aangenomen-door-eerste-kamer.html",
        "box 3 in 2025, and the Supreme Court's ruling of June 2024",
    ),
    Source(
        "imf2016",
        "International Monetary Fund",
        "2016",
        "Kingdom of the Netherlands: IMF Country Report No. 16/46",
        "International Monetary Fund",
    ),
    Source(
        "altman2021",
        "Sam Altman",
        "2021",
        "Moore's Law for Everything",
        "personal essay, 16 March 2021",
        "https://moores.samaltman.com",
        "read in an archived copy; the 2.5 % taxes checked in a review by 21 Policy, the estimate "
        "of "
        "$13,500 a year in a summary by CenterConsulting",
    ),
    Source(
        "openresearch2024",
        "OpenResearch",
        "2024",
        "Unconditional Cash Study: key findings on employment and income",
        "OpenResearch, 21 July 2024",
        "https://openresearchlab.org/findings/key-findings-employment-and-income",
        "the paper: Vivalt, Rhodes, Bartik, Broockman and Miller, NBER Working Paper 32719, July "
        "2024",
    ),
    Source(
        "vosabb_vacancies",
        "VOS/ABB, reporting CBS figures",
        "n.d.",
        "Onderwijs blijft sector met laagste vacaturegraad",
        "VOS/ABB",
        "https://www.vosabb.nl/onderwijs-blijft-sector-met-laagste-vacaturegraad/",
        "secondary: a report of CBS's vacancy rates for the fourth quarter of 2022; the page's "
        "date was not in the copy read",
    ),
    Source(
        "centerdata2021",
        "Nationale Onderwijsgids, reporting a study by Centerdata",
        "2021",
        "Weinig zicht op lerarentekort in grote steden door 'verborgen vacatures'",
        "Nationale Onderwijsgids, 23 June 2021",
        "https://www.nationaleonderwijsgids.nl/?p=92319",
        "secondary: a news report of Centerdata's study of primary schools in Amsterdam, "
        "Rotterdam, The Hague and Almere, sent to parliament in June 2021",
    ),
    Source(
        "dellacqua2023",
        "Fabrizio Dell'Acqua, Edward McFowland III, Ethan Mollick and others",
        "2023",
        "Navigating the Jagged Technological Frontier: Field Experimental Evidence of the "
        "Effects of AI on Knowledge Worker Productivity and Quality",
        "Harvard Business School working paper, 2023; published in Organization Science, 2026",
        "https://innovationgrowthlab.org/content/navigating-jagged-technological-frontier-field-experimental-evidence-effects-ai-knowledge",
        "figures from the working paper's abstract: +43 % and +17 % are against each group's own "
        "baseline score; another summary gives +31 % and +11 % for a different specification, "
        "and the journal's abstract writes '19% less likely' for 19 percentage points",
    ),
    # --- 04 junior_paradox -------------------------------------------------------------------
    Source(
        "cbsbbl",
        "CBS (Statistics Netherlands)",
        "n.d.",
        "Begrippen: Beroepsbegeleidende leerweg (bbl)",
        "CBS",
        "https://www.cbs.nl/nl-nl/onze-diensten/methoden/begrippen/beroepsbegeleidende-leerweg--bbl--",
        "the definition: more than 60 % of the programme is work-based learning in a company",
    ),
    Source(
        "taaluniebbl",
        "Nederlandse Taalunie",
        "n.d.",
        "Onderwijstermen: BBL / beroepsbegeleidende leerweg",
        "Taalunie, Onderwijstermen",
        "https://onderwijstermen.taalunie.org/term/bbl/",
        "often one day at school and four at work, with a contract with the employer",
    ),
    Source(
        "shopify2025",
        "Tobi Lütke (Shopify)",
        "2025",
        "Reflexive AI usage is now a baseline expectation at Shopify (internal memo, posted on X "
        "on 7 April 2025)",
        "memo text as published by Jason Yoong",
        "https://jasonyoong.com/shopify-ai-masterclass",
    ),
    Source(
        "duolingo2025",
        "The Register, on Luis von Ahn's memo (Duolingo)",
        "2025",
        "Report on the 'AI-first' all-hands memo of Luis von Ahn, posted on LinkedIn on 28 April "
        "2025",
        "The Register, 29 April 2025",
        "https://www.theregister.com/2025/04/29/duolingo_ceo_ai_first_shift/",
    ),
    Source(
        "canaries2025",
        "Erik Brynjolfsson, Bharat Chandar and Ruyu Chen",
        "2025",
        "Canaries in the Coal Mine? Six Facts about the Recent Employment Effects of Artificial "
        "Intelligence",
        "Stanford Digital Economy Lab, working paper, August 2025 (revised November 2025)",
        "https://new-savanna.blogspot.com/2025/08/the-canaries-in-job-market.html",
        "the link quotes the paper's abstract",
    ),
    Source(
        "signalfire2025",
        "SignalFire",
        "2025",
        "State of Talent Report 2025",
        "SignalFire",
        "https://www.signalfire.com/blog/signalfire-state-of-talent-report-2025",
    ),
    Source(
        "burningglass2025",
        "Burning Glass Institute",
        "2025",
        "No Country for Young Grads",
        "Burning Glass Institute, July 2025",
        "https://www.myperfectresume.com/career-center/careers/basics/entry-level-jobs-disappearing-ai",
        "secondary: figures read in a summary by MyPerfectResume",
    ),
    Source(
        "randstad2025",
        "Welingelichte Kringen (ANP), on Randstad's figures",
        "2025",
        "Longread: gaat de onderste trede van de carrièreladder verdwijnen?",
        "Welingelichte Kringen, 17 November 2025",
        "https://www.welingelichtekringen.nl/economie/longread-gaat-de-onderste-trede-van-de-carriereladder-verdwijnen",
        "secondary: a news report of Randstad's vacancy data",
    ),
    Source(
        "brynjolfsson2023",
        "Erik Brynjolfsson, Danielle Li and Lindsey Raymond",
        "2023",
        "Generative AI at Work",
        "NBER Working Paper 31161",
        "https://www.nber.org/papers/w31161",
        "the +34 % for novices is from this version, read in a summary",
    ),
    Source(
        "brynjolfsson2025",
        "Erik Brynjolfsson, Danielle Li and Lindsey Raymond",
        "2025",
        "Generative AI at Work",
        "The Quarterly Journal of Economics 140(2), 889-942",
        "https://academic.oup.com/qje/article/140/2/889/7990658",
        "the published version: +15 % on average, 5,172 agents",
    ),
    Source(
        "linkedin2018",
        "TechRepublic, reporting LinkedIn data",
        "2018",
        "LinkedIn data on job turnover by industry in 2017",
        "TechRepublic",
        note="secondary: a news report of LinkedIn's turnover figures",
    ),
    Source(
        "hakia",
        "Hakia",
        "n.d.",
        "Junior to senior career progression",
        "Hakia careers guide",
        "https://hakia.com/careers/junior-to-senior",
        "weak: a career blog citing Stack Overflow and BLS; used as an assumption band, not "
        "evidence",
    ),
    # --- 05 workload -------------------------------------------------------------------------
    Source(
        "liquisearch",
        "LiquiSearch (from Wikipedia)",
        "n.d.",
        "Erlang unit: Erlang C formula",
        "LiquiSearch",
        "https://www.liquisearch.com/erlang_unit/erlang_c_formula",
        "secondary: an encyclopaedia copy; the definition and assumptions of Erlang C",
    ),
    Source(
        "offcenterinsight",
        "Off Center Insight",
        "n.d.",
        "Service Level: The Indispensable Call Center Accessibility Metric",
        "Off Center Insight blog",
        note="a practitioners' blog, at www.offcenterinsight.com/off-center-blog/"
        "service-level-the-indispensable-call-center-accessibility-metric",
    ),
    Source(
        "callcentrehelper",
        "Call Centre Helper",
        "n.d.",
        "Why Should Your Occupancy Rate NOT Exceed 85%?",
        "Call Centre Helper",
        "https://www.callcentrehelper.com/occupancy-not-exceed-85-157102.htm",
        "a trade magazine: 85 % is the recommended maximum, a rule of thumb rather than a study",
    ),
    Source(
        "centrical",
        "Centrical",
        "n.d.",
        "Call center average handle time (resource page)",
        "Centrical (a software vendor)",
        "https://centrical.com/resources/call-center-average-handle-time",
        "a vendor's benchmark figures per sector",
    ),
    Source(
        "customerfirst2018",
        "CustomerFirst, after Het Financieele Dagblad",
        "2018",
        "Schrappen contactcenterbanen Rabobank flopt",
        "CustomerFirst, April 2018",
        "https://customerfirst.nl/nieuws/2018/04/schrappen-contactcenterbanen-rabobank-flopt/index.xml",
        "a trade-press report, after internal presentations of the bank that the FD obtained",
    ),
    Source(
        "eenvandaag2025",
        "EenVandaag (AVROTROS)",
        "2025",
        "In deze bedrijven is het werk al deels overgenomen door AI",
        "EenVandaag, 27 December 2025",
        "https://eenvandaag.avrotros.nl/artikelen/in-deze-bedrijven-is-het-werk-al-deels-overgenomen-door-ai-je-ziet-een-leegloop-bij-sommige-banen-162320",
        "the Support Squad figures are the founder's own claim, not audited",
    ),
    Source(
        "rivmtno2025",
        "Skipr (ANP), on a study by RIVM and TNO",
        "2025",
        "TNO en RIVM: gebruik AI door werknemers kan voor stress zorgen",
        "Skipr, January 2025",
        "https://www.skipr.nl/nieuws/tno-en-rivm-gebruik-ai-door-werknemers-kan-voor-stress-zorgen/",
        "secondary: a news report of an exploratory study (Technologieradar Gezond & Veilig "
        "Werken)",
    ),
    Source(
        "tno2025",
        "Schoonmaakjournaal, on a study by TNO",
        "2025",
        "Onderzoek TNO: GenAI verandert werk. Maar wat doet het met de mens?",
        "Schoonmaakjournaal, 4 September 2025",
        "https://schoonmaakjournaal.nl/actueel/onderzoek-tno-genai-verandert-werk-maar-wat-doet-het-met-de-mens",
        "secondary: a news report of a literature review and three case studies",
    ),
    Source(
        "accountancyvanmorgen2018",
        "Accountancy van Morgen, after Het Financieele Dagblad",
        "2018",
        "Reorganisatie klantenservice Rabobank komt niet van de grond",
        "Accountancy van Morgen, 10 April 2018",
        "https://www.accountancyvanmorgen.nl/2018/04/10/reorganisatie-klantenservice-rabobank-komt-niet-van-de-grond/",
        "secondary: a report of the same internal presentations; the rise in sickness absence is "
        "in the words 'een sterke toename van het ziekteverzuim sinds het najaar van 2017'",
    ),
    Source(
        "turnella",
        "Turnella",
        "n.d.",
        "Contact centre occupancy management",
        "Turnella (a workforce-planning vendor)",
        "https://turnella.com/contact-centre-occupancy-management",
        "a vendor's rules of thumb, not a study: 75-85 % the sustainable range for most voice "
        "centres, 65-75 % for emotionally demanding calls, above 90 % a burnout trajectory",
    ),
    Source(
        "noy2023",
        "Shakked Noy and Whitney Zhang",
        "2023",
        "Experimental evidence on the productivity effects of generative artificial intelligence",
        "Science 381(6654), 13 July 2023",
        "https://journalismai.com/2023/07/13/experimental-evidence-on-the-productivity-effects-of-generative-artificial-intelligence-science/",
        "the link quotes the Science abstract (453 participants; the working paper had 444)",
    ),
    # --- 06 meaning_of_work ------------------------------------------------------------------
    Source(
        "pugh2025",
        "Allison Pugh, interviewed by Shankar Vedantam",
        "2025",
        "Relationships 2.0: The Price of Disconnection",
        "Hidden Brain (podcast), 31 March 2025",
        "https://www.audioscrape.com/person/allison-pugh",
        "the link is a transcript of the spoken interview; in it Pugh calls connective labour "
        '"very common in sales" and says that it extends well beyond the typical professions: '
        '"the hairdresser also needs to be able to see you"',
    ),
    Source(
        "song2024",
        "Felicia Wu Song",
        "2024",
        "Review: Aching to Be Seen (of Allison Pugh, The Last Human Job)",
        "Current, 18 October 2024",
        "https://currentpub.com/2024/10/18/review-aching-to-be-seen/",
    ),
    Source(
        "noy2023wp",
        "Shakked Noy and Whitney Zhang",
        "2023",
        "Experimental Evidence on the Productivity Effects of Generative Artificial Intelligence",
        "Working paper, MIT, 10 March 2023 (SSRN 4375283)",
        "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4375283",
        "the working paper (444 professionals), read in its abstract: ChatGPT mostly substituted "
        "for the workers' effort rather than complementing their skills, moved the work from rough "
        "drafts to ideas and editing, and raised job satisfaction and self-efficacy",
    ),
    # --- 07 ai_strategy ----------------------------------------------------------------------
    Source(
        "anthropic2025b",
        "Anthropic",
        "2025",
        "The Anthropic Economic Index (third report, 15 September 2025)",
        "Anthropic",
        "https://www.mi-3.com.au/16-09-2025/anthropics-economic-index-reveals-business-pushing-aggressively-automation-llms",
        "secondary: figures read in Mi3's report; one vendor's users only",
    ),
    Source(
        "cbs_aimonitor2024",
        "Centraal Bureau voor de Statistiek (CBS)",
        "2025",
        "AI-monitor 2024",
        "CBS, February 2025",
        "https://www.cbs.nl/nl-nl/longread/aanvullende-statistische-diensten/2025/ai-monitor-2024/1-inleiding",
        "figures read in press reports of the monitor (Security.nl, Accountancy van Morgen)",
    ),
    Source(
        "acemoglu2024",
        "Daron Acemoglu",
        "2024",
        "The Simple Macroeconomics of AI",
        "NBER Working Paper 32487 (May 2024 version); published in Economic Policy",
        "https://www.nber.org/papers/w32487",
        "figures from the May 2024 version: at most 0.66 % more TFP over ten years; the April 2024 "
        "version said 0.71 %",
    ),
    Source(
        "wrr2021",
        "Wetenschappelijke Raad voor het Regeringsbeleid (WRR)",
        "2021",
        "Opgave AI. De nieuwe systeemtechnologie",
        "WRR Rapport 105, 11 November 2021",
        "https://www.wrr.nl/adviesprojecten/artificiele-intelligentie/documenten/rapporten/2021/11/11/"
        "opgave-ai-de-nieuwe-systeemtechnologie",
        "in Dutch; the Dutch government's scientific advisory council",
    ),
]

BIBLIOGRAPHY: dict[str, Source] = {source.id: source for source in _SOURCES}


def get(source_id: str) -> Source:
    """The source with this id, or a KeyError that says which ids exist."""
    try:
        return BIBLIOGRAPHY[source_id]
    except KeyError:
        raise KeyError(
            f"No source with id {source_id!r} in course.sources; "
            f"known ids: {', '.join(sorted(BIBLIOGRAPHY))}"
        ) from None


def markdown(*source_ids: str) -> str:
    """A Markdown list of these sources, in the order given."""
    return "\n".join(f"- {get(source_id).markdown()}" for source_id in source_ids)


def show(*source_ids: str):
    """Show a lesson's sources as a list (the last cell of every lesson)."""
    from IPython.display import Markdown

    return Markdown(markdown(*source_ids))
