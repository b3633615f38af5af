"""Words that make a capitalised run a body, a place, a thing or a team, never a person.

"Old Mill Road", "Dale Green Jail", "Kent Chapter", "Leeds Rhinos United":
the last (or any) word says what kind of thing the run names. Generic words of
news English only, no names.
"""

from __future__ import annotations

# Capitalised words that never make a person's name
ORG_WORDS: frozenset[str] = frozenset("""
Council Court Union Party Front State States Republic Assembly Institute University College
Ministry Department Agency Bank Fund Organization Organisation Association Committee Commission
Parliament Congress Senate House Office Army Navy Force Forces Guard Police Group Corporation
Company Inc Ltd News Times Post Journal Radio Channel TV Television Network Press Tower Palace
Square Street Avenue Road Bridge River Sea Ocean Gulf Bay Mountains Island Islands East West
North South Eastern Western Northern Southern Central War World Revolution Accords Accord Treaty
Agreement Summit Conference Forum Games Cup League Club Church Cathedral Mosque Airport Station
Museum Hospital School Center Centre Foundation Trust Movement Coalition Alliance Brigade Division
Command Kingdom Emirates Nations Federation Empire Airlines Airways Motors Security Intelligence
Service Services Authority Board Tribunal Prize Award Day Week Year Christmas Easter Ramadan
Olympics Eve Initiative Program Programme Project Plan Act Law Constitution Declaration
Charter Protocol Convention Democrats Republicans Socialists Greens Islamic Islamist Orthodox
Catholic Christian Muslim Jewish Sunni Shia Shiite Kurdish Arab European Soviet Communist
Socialist Democratic Republican Labour Labor Conservative Liberal Green National International
Federal General Supreme Royal Imperial Grand Great Holy New Old Saint Fort Mount Lake Cape
Reserve Exchange Stock Market Index Fed Government Cabinet Administration Regime Opposition
Media Foundation Capital Valley Desert Peninsula Strait Canal Basin Province Region County
City Town Village District Territory Territories Zone Border Front Embassy Consulate Mission
Corridor Pipeline Stream Crisis Affairs Relations Studies Democracy Cooperation Development
Health Education Justice Defense Defence Interior Foreign Finance Energy Trade Economy
Internet Twitter Facebook Google Apple Microsoft Amazon Meta Telegram YouTube Instagram
Aviation Research Science Sciences Technology Technologies Space Operations Complex Telemetry
Case Jail Prison Gaol Chapter Points Vehicle Launch Rocket Satellite Lander Rover Orbiter
Gardens Hotel Line Dam Memorial Academy Medal Trophy Doctrine Lyceum
Standard Tribune Herald Gazette Chronicle Express Telegraph Observer Mirror Mail Daily
Weekly Magazine Review Report Reports Bulletin Digest Today Live Online Sport Sports
Championship Championships Series Tournament Final Finals Open Trophy Oval Stadium Arena Ground
United Athletic Rovers Wanderers Albion Hotspur Rangers Celtic Kings Knights Royals Titans
Warriors Indians Giants Super Challengers Capitals Riders Strikers Sixers Thunder Heat Stars
Holdings Partners Capital Industries Systems Solutions Labs Energy Airline Bureau Directorate
Secretariat Inspectorate Electoral Chamber Senate Commission Election Elections Council
Flight Boeing Airbus Model Phase San Santa Santo São Plus Cloud Web Securities Investments
Advisors Associates Insights Analytics Ventures Brands Foods Pharmaceuticals Networks
Communications Entertainment Studios Pictures Records Bancorp Financial Insurance
""".split())

# Last words that make an untitled run a place unless the run acts like a person ("Bill Hall said")
PLACE_LAST: frozenset[str] = frozenset(
    "Park Hall Temple Villa Heights Hill Hills Gate Fields Cross".split())

# Nouns after a name that make the name a thing's: "the Rama Devi point", "the Elm case"
THING_NOUNS: frozenset[str] = frozenset("""
point case mission station road street area airport stadium arena trophy award prize project
scheme programme program spacecraft rocket rover lander satellite probe module vehicle model
doctrine bridge tunnel building hostel hospital college university school jail prison park
""".split())

# Leading words that describe a person without being their name: "Billionaire Ada Vance"
DESCRIPTORS: frozenset[str] = frozenset("""
Billionaire Tycoon Businessman Businesswoman Entrepreneur Magnate Mogul Star Superstar Legend
Veteran Briton Britons Counsel Goddess God Saint Rapper Singer Actor Actress Comedian Cricketer
Footballer Batter Batsman Bowler Striker Skipper Captain Coach Activist Journalist Reporter
Blogger Influencer Writer Author Novelist Poet Director Producer Filmmaker Scientist Economist
Professor Doctor Lawyer Judge Officer Pilot Commander Survivor Witness Widow Victim Suspect
Convict Defendant Plaintiff Right-winger Left-winger Libertarian Populist Nationalist Outsider
""".split())
