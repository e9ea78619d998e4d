#!/bin/bash
# The sample library's second pass (2026-11-25), as it was run from the repository with
# Lateral's own commands. A record: run again, it would add the new claims a second time.
set -euo pipefail
export LATERAL_AUTHOR="Lateral sample library, second pass"
L() { .build/debug/lateral "$@"; }
A=north-korean-it-workers

# Sources: dates the copies show, tracking parameters dropped, the Elliptic note corrected.
L source edit $A cnn --date 2022-07-10
L source edit $A ofac-2022-05-16 --url "https://ofac.treasury.gov/recent-actions/20220516"
L source edit $A elliptic-harmony --date 2022-07-13 --note "The date is the update the page shows (“Updated: July 13th 2022”); the analysis was out by June 30, 2022, when IT Security Guru reported it. Only the opening of the page could be read here; its section on the link to North Korea was read as quoted by IT Security Guru."

# New sources, each read in a stored copy.
L source add $A --id yonhap-bok-2021 --title "N. Korean economy shrinks for 2nd year in 2021 on sanctions, pandemic: BOK" \
  --publisher "Yonhap News Agency" --date 2022-07-27 --kind secondary --url "https://en.yna.co.kr/view/AEN20220727003300320"
L source edit $A yonhap-bok-2021 --note "Reports the Bank of Korea's annual estimate; the Bank of Korea's own report could not be read here. Its dollar figure for North Korea's total income (\$327.7 billion for 36.3 trillion won) is not used: KED Global gives the same 36.3 trillion won as \$28.4 billion."
L source add $A --id kedglobal-bok-2022 --title "N.Korea's GNI lower than S.Korea's minimum monthly wage in 2022" \
  --publisher "KED Global (The Korea Economic Daily)" --date 2023-07-28 --kind secondary --url "https://www.kedglobal.com/north-korea/newsView/ked202307280015"
L source edit $A kedglobal-bok-2022 --note "Reports the Bank of Korea's estimate for 2022, a year after the article; used for the dollar value of an income per person of about 1.4 million won."
L source add $A --id rand-soo-kim --title "Soo Kim (RAND staff page)" --publisher "RAND Corporation" --kind primary \
  --url "https://www.rand.org/about/people/k/kim_soo.html"
L source edit $A rand-soo-kim --note "Her employer's page about her. Two stored versions of it were read; neither shows a date."
L source add $A --id fireeye-fred-plan --title "The \"Big Four\": Spotlight on North Korea" --publisher "FireEye (Mandiant)" --date 2021-01 --kind primary \
  --url "https://www.fireeye.com/blog/executive-perspective/2021/01/the-big-four-spotlight-on-north-korea.html"
L source edit $A fireeye-fred-plan --note "A podcast page of the company he worked for. The date is the month in the page's address."
L source add $A --id trm-nick-carlsen --title "TRM Talks: The North Korea Threat" --publisher "TRM Labs" --date 2023-06-12 --kind primary \
  --url "https://trmlabs.com/resources/blog/trm-talks-the-north-korea-threat"
L source edit $A trm-nick-carlsen --note "A page of the company he worked for in 2023, a year after the article."

# c07: official figures for income per person do exist.
L link $A c07 yonhap-bok-2021 --relation supports --passage "The North's GNI per capita in 2021 stood at 1.42 million won, equivalent to 3.5 percent of that for South Korea."
L link $A c07 kedglobal-bok-2022 --relation supports --passage "The per-capita Gross National Income (GNI) reached 1.43 million won (\$1,119), only about a thirtieth of South Korea's GNI, which stands at 42.48 million won or \$33,232."
L annotate $A c07 --verdict true --rationale "The Bank of Korea estimates North Korea's gross national income per person at 1.42 million won for 2021 (Yonhap, 27 July 2022) and 1.43 million won, or \$1,119, for 2022 (KED Global): \$300,000 is about 270 times that. Income per person is the nearest official measure of an average income, and it is an estimate: North Korea publishes no economic data of its own, Yonhap notes. The comparison is CNN's, not the advisory's, which only says an overseas IT worker earns at least ten times more than a North Korean labourer working abroad."

# c16, c19: the posts of the people quoted, from their employers' own pages.
L link $A c16 fireeye-fred-plan --relation supports --passage "In this episode, I invited Fred Plan, Senior Analyst for Mandiant Threat Intelligence, onto the podcast to talk about North Korea."
L annotate $A c16 --verdict mostly-true --rationale "Mandiant's blog (at fireeye.com) called Fred Plan “Senior Analyst for Mandiant Threat Intelligence” in January 2021, in an episode on North Korea. That he was its “lead analyst” in July 2022, and that Mandiant had by then investigated suspected North Korean tech workers, could not be confirmed: the stored copies of CNN's article end before this passage, and no Mandiant document on North Korean IT workers from before July 2022 was found."
L link $A c19 trm-nick-carlsen --relation supports --passage "former FBI analyst and DPRK expert Nick Carlsen of TRM’s Global Investigations team"
L annotate $A c19 --verdict mostly-true --rationale "TRM Labs, where he worked in 2023, calls him a “former FBI analyst and DPRK expert”. When he left the FBI (“until last year”, 2021) could not be confirmed: the stored copies of CNN's article end before this passage, and no FBI record of his service was found."

# The advisory's stronger evidence: its introduction and its annex.
L link $A c18 advisory --relation refutes --passage "Although DPRK IT workers normally engage in IT work distinct from malicious cyber activity, they have used the privileged access gained as contractors to enable the DPRK’s malicious cyber intrusions."
L link $A c18 advisory --relation context --passage "Alongside nonmalicious information technology work, DPRK IT workers conducted illicit work involving the theft of assets such as virtual currencies in support of DPRK cyber actors in the evasion of financial sanctions."
L annotate $A c18 --rationale "The US advisory the article itself quotes links them. Its introduction says IT workers “have used the privileged access gained as contractors to enable the DPRK’s malicious cyber intrusions”; it says some “have provided logistical support to DPRK-based malicious cyber actors” and may help launder funds and move virtual currency for them; and its annex reports the UN Panel of Experts' finding that IT workers took part in thefts of virtual currencies in support of DPRK cyber actors."
L link $A c30 advisory --relation supports --passage "Although DPRK IT workers normally engage in IT work distinct from malicious cyber activity, they have used the privileged access gained as contractors to enable the DPRK’s malicious cyber intrusions."
L link $A c30 advisory --relation supports --passage "Alongside nonmalicious information technology work, DPRK IT workers conducted illicit work involving the theft of assets such as virtual currencies in support of DPRK cyber actors in the evasion of financial sanctions."
L annotate $A c30 --verdict true --rationale "The advisory says IT workers have used their access as contractors to enable the DPRK's cyber intrusions and that some have given DPRK hackers logistical support, while being unlikely to take part in malicious cyber activity themselves; its annex reports the UN Panel of Experts' finding that IT workers took part in thefts of virtual currencies for DPRK cyber actors. “Probably so” is, if anything, cautious."
L link $A c11 advisory --relation refutes --passage "Alongside nonmalicious information technology work, DPRK IT workers conducted illicit work involving the theft of assets such as virtual currencies in support of DPRK cyber actors in the evasion of financial sanctions."
L annotate $A c11 --rationale "Literally true: the advisory never uses the words “crypto”, “cryptocurrency” or “bitcoin”. But it speaks of “virtual currency”, the US government's term for cryptocurrency, 11 times in the transcription's text, and of “virtual currencies” once more: the workers build virtual currency exchanges and digital coins, launder funds through virtual currency platforms, seeking payment in virtual currency is a red flag, and its annex reports IT workers' part in thefts of virtual currencies for DPRK cyber actors. The sentence leaves the opposite impression."
L link $A c31 advisory --relation refutes --passage "Alongside nonmalicious information technology work, DPRK IT workers conducted illicit work involving the theft of assets such as virtual currencies in support of DPRK cyber actors in the evasion of financial sanctions."
L annotate $A c31 --rationale "The advisory discusses virtual currency, the US government's term for cryptocurrency, again and again: “virtual currency” 11 times in the transcription's text and “virtual currencies” once more. DPRK IT workers build virtual currency exchanges and digital coins, launder funds through virtual currency platforms, asking to be paid in virtual currency is a red flag, and its annex reports IT workers' part in thefts of virtual currencies for DPRK cyber actors. The document's title is also wrong: it is “Guidance on the Democratic People’s Republic of Korea Information Technology Workers”."

# Framing sentences: how the article characterises its sources and the people quoted.
id=$(L claim add $A --quote "In contrast, this is what The US government actually announced")
L link $A $id advisory --relation refutes --passage "The North Korean government withholds up to 90 percent of wages of overseas workers which generates an annual revenue to the government of hundreds of millions of dollars."
L link $A $id advisory --relation refutes --passage "An overseas DPRK IT worker earns at least ten times more than a conventional North Korean laborer working in a factory or on a construction project overseas. DPRK IT workers can individually earn more than USD 300,000 a year in some cases, and teams of IT workers can collectively earn more than USD 3 million annually. A significant percentage of their gross earnings supports DPRK regime priorities, including its WMD program."
L annotate $A $id --verdict misleading --attribution not-applicable --rationale "Sets CNN's passage against the advisory as if the two disagreed. They do not: CNN's \$300,000 and 90 percent come from the advisory (claims c06 and c08), and the passage the article quotes next is the advisory's own introduction, reworded (c09, c10). What CNN adds is the comparison with North Koreans' income (c07) and the focus on crypto firms."

id=$(L claim add $A --quote "The plan is simple, connect this new development with numerous cryptocurrency related hacks that NewsBTC reported in a timely manner")
L link $A $id cnn --relation context --passage "North Korean government-backed hackers have stolen the equivalent of billions of dollars in recent years by raiding cryptocurrency exchanges, according to the United Nations. In some cases, they’ve been able to nab hundreds of millions of dollars in a single heist, the FBI and private investigators say."
L annotate $A $id --verdict opinion --attribution not-applicable --rationale "The article's reading of CNN's intent, not a checkable fact. CNN attributes the hacks it mentions to the United Nations, the FBI and private investigators (c12, c13); the advisory itself ties IT workers to virtual currency and to DPRK hackers (c18, c31)."

id=$(L claim add $A --quote "To establish authority, CNN also quotes individuals connected to the US government")
L link $A $id rand-soo-kim --relation context --passage "Soo Kim is a policy analyst at the RAND Corporation."
L link $A $id trm-nick-carlsen --relation context --passage "former FBI analyst and DPRK expert Nick Carlsen of TRM’s Global Investigations team"
L link $A $id fireeye-fred-plan --relation context --passage "In this episode, I invited Fred Plan, Senior Analyst for Mandiant Threat Intelligence, onto the podcast to talk about North Korea."
L annotate $A $id --verdict mostly-true --attribution not-applicable --rationale "Two of the three people the article names from CNN's story are former US government analysts: Soo Kim (CIA) and Nick Carlsen (FBI); the third, Fred Plan, is an analyst at a private firm, Mandiant. CNN describes none of them as speaking for the government, and RAND lists Soo Kim as one of its policy analysts. “To establish authority” is the article's reading of CNN's intent."

id=$(L claim add $A --quote "Soo Kim, a former North Korean analyst at the CIA")
L link $A $id cnn --relation cites --passage "“(The North Koreans) take this very seriously,” said Soo Kim, a former North Korea analyst at the CIA. “It’s not just some rando in his basement trying to mine cryptocurrency,” she added, referring to the process of generating digital money. “It’s a way of life.”"
L link $A $id rand-soo-kim --relation supports --passage "She served as an analyst in the Central Intelligence Agency (CIA) and recently at the Department of Homeland Security (DHS)."
L link $A $id rand-soo-kim --relation context --passage "Kim began her career in national security at the Central Intelligence Agency, where she served for seven years as a Korea analyst."
L annotate $A $id --verdict true --attribution confirmed --claimant CNN --rationale "RAND, where Soo Kim is a policy analyst, says she served as an analyst at the CIA, and in a later version of its page, for seven years as a Korea analyst. CNN's words were “a former North Korea analyst at the CIA”; the article's “North Korean analyst” reads as if she were North Korean."

id=$(L claim add $A --quote "However, is he talking about hackers or job hunters?")
L link $A $id rand-soo-kim --relation context --passage "She served as an analyst in the Central Intelligence Agency (CIA) and recently at the Department of Homeland Security (DHS)."
L annotate $A $id --verdict opinion --attribution not-applicable --rationale "A rhetorical question, not a checkable claim, and it gets the person wrong: Soo Kim is a woman (“She served as an analyst in the Central Intelligence Agency”, says RAND; CNN calls her “she”, and so does the article one sentence earlier)."

id=$(L claim add $A --quote "He’s right about that, but what does that have to do with freelancers looking for IT jobs?")
L link $A $id advisory --relation refutes --passage "Although DPRK IT workers normally engage in IT work distinct from malicious cyber activity, they have used the privileged access gained as contractors to enable the DPRK’s malicious cyber intrusions."
L annotate $A $id --verdict misleading --attribution not-applicable --rationale "The question implies there is no link between freelancers and the security of crypto firms. The advisory gives one: DPRK IT workers “have used the privileged access gained as contractors to enable the DPRK’s malicious cyber intrusions”, and some have given DPRK hackers logistical support (c18)."

id=$(L claim add $A --quote "What this man says might be the most important part of the article.")
L annotate $A $id --verdict opinion --attribution not-applicable --rationale "The article's own judgment of CNN's story; nothing to check."

id=$(L claim add $A --quote "The CNN article keeps it as vague as possible about the hacks")
L link $A $id cnn --relation context --passage "North Korean government-backed hackers have stolen the equivalent of billions of dollars in recent years by raiding cryptocurrency exchanges, according to the United Nations. In some cases, they’ve been able to nab hundreds of millions of dollars in a single heist, the FBI and private investigators say."
L annotate $A $id --verdict misleading --attribution not-applicable --rationale "The passage the article then quotes (as it quotes it: the stored copies of CNN's article end before it) names who attributed each theft (the FBI, Elliptic), the amounts (\$600 million, \$100 million), the month of the first (March) and the kind of victim of each; from those details the article itself identifies both hacks (c23, c27). What it leaves out is the victims' names. Where the stored copies of CNN's text do reach the hacks, they name their sources too: the United Nations, the FBI and private investigators."

id=$(L claim add $A --quote "at the time the FBI was extremely clear in its statement")
L link $A $id fbi-ronin --relation supports --passage "Through our investigation we were able to confirm Lazarus Group and APT38, cyber actors associated with the DPRK, are responsible for the theft of \$620 million in Ethereum reported on March 29."
L annotate $A $id --verdict true --attribution not-applicable --rationale "The FBI's statement of 14 April 2022 is unhedged: “we were able to confirm Lazarus Group and APT38, cyber actors associated with the DPRK, are responsible for the theft of \$620 million in Ethereum reported on March 29.”"

L check $A
