# One-off: writes the real-shape articles (own words, shaped on real 2015 reporting) and their labels.
# Kept so the labels and texts stay in step; run: python3 eval/real-shape/build.py
import json, os
D = os.path.dirname(os.path.abspath(__file__))
A = []
def art(file, kind, actors, text, sentences, shape, date=None):
    A.append(dict(file=file, kind=kind, actors=actors, text=text.strip('\n'), sentences=sentences, shape=shape, date=date))
def S(sub, matches=(), optional=()):
    return {"sentence": sub, "matches": [{"claimId": c, "relation": r} for c, r in matches], **({"optional": list(optional)} if optional else {})}
C, X = 'corroborates', 'contradicts'

art('r01-one-in-20.html', 're-report', ['russia','syria','isis','britain','fallon','british-intelligence','free-syrian-army','bashar-al-assad','barack-obama','vladimir-putin'], '''
<h1>Only 5 percent of Russian strikes in Syria aimed at IS: Britain</h1>
<figure><img src="x.jpg"><figcaption>An image from Russian Defence Ministry footage said to show an air strike in Syria on October 1, 2015 (AFP Photo)</figcaption></figure>
<p>London (AFP) - Just one in 20 Russian air strikes in Syria has been aimed at Islamic State (IS) fighters, Britain's defence secretary Michael Fallon said on Saturday.</p>
<p>British intelligence had seen that five percent of the raids struck the jihadist group, while most were killing civilians and Free Syrian forces fighting the Assad regime, Fallon told the Sun.</p>
<p>He said Moscow's intervention had made the crisis more complicated and argued that Britain should widen its own air campaign, which covers only Iraq, to Syria.</p>
<p>"We look at where the strikes land every morning," he told the newspaper. "The great majority are not against IS at all."</p>
<p>US President Barack Obama warned on Friday that the Russian campaign in support of Assad was a recipe for disaster.</p>
<p>Share this article</p>
''', [
  S('Just one in 20 Russian air strikes in Syria has been aimed at Islamic State', [('fallon-only-five-percent-hit-is', C)], ['seven-countries-strikes-did-not-target-isis']),
  S('five percent of the raids struck the jihadist group', [('fallon-only-five-percent-hit-is', C), ('fallon-most-strikes-kill-civilians-and-fsa', C)]),
  S('The great majority are not against IS at all', [], ['fallon-only-five-percent-hit-is', 'fallon-most-strikes-kill-civilians-and-fsa']),
  S('Only 5 percent of Russian strikes in Syria aimed at IS', [('fallon-only-five-percent-hit-is', C)]),
  S('was a recipe for disaster', [], ['obama-from-their-perspective-all-terrorists']),
], 'headline "…: Britain" attribution; caption; dateline "London (AFP) -"; "one in 20", "five percent"; role "Britain\'s defence secretary"; "the great majority are not"; share furniture', '2015-10-03')

art('r02-envoy-30-pct.txt', 're-report', ['united-states','russia','syria','isis','us-led-coalition'], '''
BREAKING NEWS

US envoy: only 30 pct of Russian air strikes in Syria hit Islamic State

Washington's new envoy to the coalition against Islamic State said on Wednesday that only 30 percent of Russia's air strikes in Syria were aimed at the group.

Brett McGurk said the remainder struck "other armed groups", while the US-led coalition concentrated on Islamic State alone.
''', [
  S('only 30 percent of Russia', []),
  S('only 30 pct of Russian air strikes', []),
], 'kicker "BREAKING NEWS"; "30 pct"; another claimant, another month (December) — topical overlap with the 5% claim, no match')

art('r03-raqqa-command-point.html', 're-report', ['russia','isis','raqqa','russian-defence-ministry','su-34','sohr','rami-abdel-rahman','tabqa-military-airport','vladimir-putin','paris','france','germany','united-states','bashar-al-assad','syria','state-duma','moscow'], '''
<h1>Russia hits ISIS bastion of Raqqa, kills militants, knocks out command point: Ministry</h1>
<figure><figcaption>A still released Oct 1, 2015 shows a Russian jet taxiing after landing in Syria. The head of the State Duma's foreign affairs committee said on Friday the air campaign could last three to four months. PHOTO: REUTERS</figcaption></figure>
<p>MOSCOW (AFP) - Russia has bombed the ISIS stronghold of Raqqa and wiped out infrastructure "used to train terrorists", the Defence Ministry said on Friday (Oct 2).</p>
<p>"On Oct 1, Su-34 jets struck an ISIS training camp and a camouflaged command post south-west of Raqqa," the ministry said.</p>
<p>The ministry added that the command point had been put out of action and the training infrastructure completely destroyed.</p>
<p>A monitoring group said at least 12 ISIS fighters died in Russia's first raids on the group's main Syrian bastion.</p>
<p>Mr Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said overnight strikes on the western edges of Raqa city and near the Tabqa military airport had killed 12 jihadists.</p>
<p>The bodies were taken to a hospital in the province, he said.</p>
<p>Russia insists it is bombing ISIS and other groups, but the US and its Western allies believe it is trying to prop up its old ally Bashar al-Assad.</p>
''', [
  S('Russia has bombed the ISIS stronghold of Raqqa', [('mod-russia-strikes-raqqa-stronghold', C)], ['mod-raqqa-training-infrastructure-destroyed']),
  S('Su-34 jets struck an ISIS training camp', [('mod-su34-strikes-raqqa-camp-oct1', C)], ['mod-seven-targets-overnight-incl-raqqa']),
  S('the command point had been put out of action', [('mod-raqqa-command-point-disabled', C), ('mod-raqqa-training-infrastructure-destroyed', C)]),
  S('at least 12 ISIS fighters died', [('sohr-at-least-12-militants-killed-raqqa', C)], ['rami-12-isis-killed-raqa-tabqa']),
  S('overnight strikes on the western edges of Raqa city', [('rami-12-isis-killed-raqa-tabqa', C)], ['sohr-at-least-12-militants-killed-raqqa']),
  S('The bodies were taken to a hospital', [('rami-bodies-taken-to-hospital', C)]),
  S('Russia insists it is bombing ISIS and other groups', [('russia-insists-bombing-isis-and-others', C), ('us-west-russia-shoring-up-assad', C)]),
  # corrected after the first run: a caption is page furniture, never a claim (issue 13, class 3)
  S('could last three to four months', [], ['duma-campaign-three-to-four-months']),
  S('knocks out command point', [], ['mod-raqqa-command-point-disabled', 'mod-russia-strikes-raqqa-stronghold']),
], 'headline "…: Ministry"; caption carrying a claim; dateline "MOSCOW (AFP) -"; (Oct 2); Raqa/Raqqa', '2015-10-02')

art('r04-caspian-26.txt', 'other-events', ['russia','russian-navy','caspian-sea','syria','vladimir-putin','cruise-missiles','russian-defence-ministry'], '''
Russian Navy joins Syria campaign with 26 cruise missiles from the Caspian

Updated with video from the Russian Defence Ministry.

Defence Minister Sergei Shoigu told President Vladimir Putin on Wednesday that four ships of the Caspian flotilla had launched 26 cruise missiles at 11 targets in Syria.

"Four missile ships fired 26 cruise missiles at 11 targets. All the targets were destroyed and no civilian sites were hit," Shoigu said.

He added that the missiles flew close to 1,500 km before striking.

Comments are closed.
''', [
  S('launched 26 cruise missiles at 11 targets', [], ['cruise-missiles-from-caspian-warships']),
  S('Four missile ships fired 26 cruise missiles', [], ['cruise-missiles-from-caspian-warships']),
], 'another event (7 Oct) on the same topic as the November Caspian salvo: no contradiction; "Updated with video", "Comments are closed." furniture')

art('r05-caspian-latimes.html', 'other-events', ['russia','caspian-sea','syria','united-states','bashar-al-assad','isis','iran','iraq','damascus','homs','hama','latakia','cruise-missiles','us-led-coalition','moscow'], '''
<h1>Russia says its Caspian Sea warships are firing missiles at Syrian targets</h1>
<p class="byline">By Staff Writer</p>
<p>Russian warships have fired more than 20 missiles at militants in Syria, a Russian official said Wednesday, a step up in Moscow's eight-day-old air campaign that Washington says is meant to prop up President Bashar Assad.</p>
<p>Four warships in the Caspian Sea fired at least 26 missiles at Islamic State positions, Defense Minister Sergei Shoigu said in Moscow. The missiles flew almost 1,000 miles, he said.</p>
<p>Their path would probably have taken them over Iran and Iraq.</p>
<p>Moscow began the air campaign on Sept. 30 together with the Syrian military.</p>
<p>The pattern of strikes points to an effort to secure the approaches to Damascus, Homs and Hama, and to shore up the government bastion of Latakia province on the coast.</p>
''', [
  S('eight-day-old air campaign that Washington says is meant to prop up', [('us-west-russia-shoring-up-assad', C)]),
  S('Moscow began the air campaign on Sept. 30', [('russian-campaign-began-sept-30', C)]),
  S('fired at least 26 missiles at Islamic State positions', [], ['cruise-missiles-from-caspian-warships', 'russia-cruise-missiles-fourth-day']),
], 'byline; "more than 20" / "at least 26" / "almost 1,000 miles"; "Washington says"; another event from the November salvo', '2015-10-07')

art('r06-nine-targets.txt', 'other-events', ['russia','russian-defence-ministry','igor-konashenkov','isis','syria','su-34','hmeimim-airbase','moscow','russian-air-force'], '''
Russia: Syria air raids see 9 targets hit in 25 flights by Air Force

Russian Defence Ministry spokesman Major-General Igor Konashenkov said at a briefing in Moscow on Monday that nine so-called Islamic State targets had been struck in Syria over the past 24 hours.

He said Su-34, Su-24M and Su-25 jets had made 25 flights from the Hmeymim base.

Those sorties and the strikes that followed hit nine IS objects and, according to the general, destroyed them completely.

Among the targets were arms depots, communication centres and a concentration of armour.
''', [
  S('nine so-called Islamic State targets had been struck', [], ['russia-insists-bombing-isis-and-others']),
  S('had made 25 flights from the Hmeymim base', []),
  S('Those sorties and the strikes that followed hit nine IS objects', []),
], 'headline "Russia: …" (country as attribution); "flights" for sorties; another day\'s count: not the 10-sortie or 5-target claims')

art('r07-xinhua-summons.txt', 're-report', ['turkey','russia','ankara','moscow','syria','turkish-foreign-ministry','ahmet-davutoglu','russian-ambassador-to-turkey'], '''
Turkey summons Russian envoy over Syria bombing near border

ANKARA, Nov. 20 (Xinhua) -- Turkey on Friday summoned the Russian ambassador in Ankara to protest against Russian air strikes on Turkmen villages in northern Syria near the Turkish border.

Ankara asked Moscow to halt the operation at once, Turkish Foreign Ministry spokesperson Tanju Bilgic said in a statement.

"What Russia is doing is not fighting terror but bombing Turkmen villages, which may have serious consequences," the spokesperson added.

Turkish Prime Minister Ahmet Davutoglu told reporters on Friday that there had been an intensified attack on "our Turkmen siblings" in recent days.
''', [
  S('summoned the Russian ambassador in Ankara', [('russian-ambassador-summoned-ankara', C)], ['turkey-demands-stop-bombing-turkmen-villages']),
  S('Ankara asked Moscow to halt the operation at once', [('turkey-demands-stop-bombing-turkmen-villages', C)]),
  S('which may have serious consequences', [('turkey-warns-serious-consequences', C)], ['turkey-demands-stop-bombing-turkmen-villages']),
  S('Turkey summons Russian envoy over Syria bombing', [], ['russian-ambassador-summoned-ankara']),
], 'dateline "ANKARA, Nov. 20 (Xinhua) --"; "Ankara asked Moscow"; "the spokesperson added"')

art('r08-called-in.html', 're-report', ['turkey','russia','ankara','moscow','syria','vladimir-putin','sergei-lavrov','isis','bashar-al-assad','russian-ambassador-to-turkey'], '''
<h1>Turkey summons Russia envoy over Syria border bombing</h1>
<figure><figcaption>Moscow began bombing Syria in September, saying it had to hit Islamic State militants before they reached Russia (AFP Photo/Russian Defence Ministry)</figcaption></figure>
<p>Ankara (AFP) - Turkey summoned Russia's ambassador after Russian warplanes bombed Syrian territory "very close" to the Turkish border, the foreign ministry said Friday.</p>
<p>Ambassador Andrey Karlov was called in to hear Turkey's concern over the bombing of "civilian Turkmen villages" near the border, the ministry said in a statement.</p>
<p>Turkey has asked Russia to "immediately end its operation," it added.</p>
<p>Ankara warned that bombing villages of the Turkmen minority could lead to "serious consequences".</p>
<p>Russian Foreign Minister Sergei Lavrov is due in Turkey on Wednesday.</p>
''', [
  S('Turkey summoned Russia\'s ambassador after Russian warplanes', [('russian-ambassador-summoned-ankara', C)]),
  S('Ambassador Andrey Karlov was called in', [('russian-ambassador-summoned-ankara', C)]),
  S('Turkey has asked Russia to', [('turkey-demands-stop-bombing-turkmen-villages', C)]),
  S('Ankara warned that bombing villages', [('turkey-warns-serious-consequences', C)]),
  S('Turkey summons Russia envoy', [], ['russian-ambassador-summoned-ankara']),
], '"called in" for summoned; "it added"; caption', '2015-11-20')

art('r09-reuters-turkmen.txt', 're-report', ['turkey','russia','ahmet-davutoglu','syria','turkish-foreign-ministry','bayir-bucak','recep-tayyip-erdogan','bashar-al-assad','ankara','russian-ambassador-to-turkey'], '''
ANKARA (Reuters) - Turkey has summoned Russia's ambassador in protest over the "intensive" bombing of Turkmen villages in northern Syria by Russian jets, Prime Minister Ahmet Davutoglu told reporters on Friday.

At the meeting with ambassador Andrei Karlov, Turkey called for an immediate end to the Russian operation near its border, the foreign ministry said.

"The actions of the Russian side are not a fight against terror; they bombed civilian Turkmen villages and this could lead to serious consequences," the ministry said.

The ministry said the villages in the Bayirbucak area, close to the Yayladag border gate in Hatay province, had come under heavy bombardment.

President Tayyip Erdogan has voiced concern about Russia's growing role in the Syrian conflict.
''', [
  S('Turkey has summoned Russia\'s ambassador in protest', [('russian-ambassador-summoned-ankara', C)]),
  S('Turkey called for an immediate end to the Russian operation', [('turkey-demands-stop-bombing-turkmen-villages', C)]),
  S('this could lead to serious consequences', [('turkey-warns-serious-consequences', C)], ['turkey-demands-stop-bombing-turkmen-villages']),
  S('in the Bayirbucak area', [], ['anadolu-offensive-bayir-bucak']),
], 'no headline; Bayirbucak spelling; "Andrei" Karlov; the ministry as claimant')

art('r10-two-of-57.txt', 're-report', ['turkey','ahmet-davutoglu','russia','isis','syria','bashar-al-assad','recep-tayyip-erdogan','iran'], '''
Turkish Prime Minister: 0.03% of Russian Airstrikes Have Hit ISIS

Turkish Prime Minister Ahmet Davutoğlu told reporters on Wednesday that Turkish military intelligence shows only 2 of the 57 Russian air strikes in Syria so far have hit the Islamic State.

The other 55 hit other enemies of Syrian President Bashar al-Assad, he said.

"The moderate opposition in the north is almost the only force fighting ISIS on this side of the Jarablus corridor. If the regime weakens it, ISIS will grow stronger," he claimed.

Davutoğlu said the government was ready to talk to Russia, Iran and every other country about a political solution.
''', [
  S('only 2 of the 57 Russian air strikes', [('davutoglu-rejects-strikes-aimed-at-isis', C)], ['davutoglu-russia-targets-moderate-rebels', 'davutoglu-operation-entirely-against-fsa']),
  S('The other 55 hit other enemies', [('davutoglu-russia-targets-moderate-rebels', C)], ['davutoglu-operation-supports-regime', 'davutoglu-operation-entirely-against-fsa']),
  S('If the regime weakens it, ISIS will grow stronger', [('davutoglu-strikes-benefit-isis', C)], ['davutoglu-no-benefit-destroying-moderate-opposition']),
  S('0.03% of Russian Airstrikes Have Hit ISIS', [], ['davutoglu-rejects-strikes-aimed-at-isis']),
], 'title case headline with a colon attribution and a wrong percentage; "2 of the 57"; Davutoğlu with ğ; "he claimed"')

art('r11-carter-hour.txt', 're-report', ['united-states','russia','bashar-al-assad','isis','sergei-lavrov','pentagon'], '''
DoD Sec. Carter: Russia's Syria approach "doomed to fail"

Defense Secretary Ash Carter said Wednesday that by backing Syrian President Bashar Assad, Russia was "pouring gasoline on a fire."

A Russian general gave the United States roughly an hour's warning to keep out of Syrian airspace before the first strikes began, officials said.

Carter said there was a logical contradiction in Russia striking parts of Syria where ISIS fighters were not thought to be present.

Russian Foreign Minister Sergei Lavrov replied: "Don't listen to the Pentagon about Russian strikes."
''', [
  S('roughly an hour\'s warning', [('us-complains-one-hour-notice', C)]),
  S('where ISIS fighters were not thought to be present', [], ['seven-countries-strikes-did-not-target-isis']),
], 'headline "X: …" attribution with quote; "roughly an hour\'s warning"; Lavrov retort')

art('r12-information-attack.txt', 're-report', ['vladimir-putin','russia','syria','moscow','pentagon','united-states'], '''
BREAKING NEWS

Putin says claims civilians killed in Russian Syria air strikes an 'information attack'

MOSCOW - Russian President Vladimir Putin said on Thursday that reports of civilians killed in Russian air strikes in Syria were an "information attack".

Putin also said Russia was coordinating its actions in Syria with US intelligence and the Pentagon.
''', [
  S('reports of civilians killed in Russian air strikes in Syria were an', [('putin-rejects-civilian-deaths', C)]),
  S('Putin says claims civilians killed', [('putin-rejects-civilian-deaths', C)]),
], 'kicker; headline with a reported denial; "information attack"')

art('r13-pushkov.txt', 're-report', ['russia','syria','vladimir-putin','state-duma','duma-foreign-affairs-chief','isis','bashar-al-assad','us-led-coalition','united-states','france','germany','ukraine','paris','barack-obama'], '''
Russian air strikes in Syria to last three-four months: Putin ally

PARIS (Reuters) - Russia expects its air campaign in Syria to last three to four months, the head of the foreign affairs committee of the lower house of Russia's parliament said on Friday.

"There is always a risk of getting bogged down, but in Moscow we are talking about an operation of three to four months," Alexei Pushkov, an ally of President Vladimir Putin, told French radio station Europe 1.

He added that the strikes would intensify.

Pushkov said the strikes were mainly aimed at Islamic State, despite reports that they had concentrated on Assad's opponents.

He said the US-led coalition had only "pretended" to bomb Islamic State for a year. "Only 20 percent of their operations produced results; 80 percent did not lead to bombing," he said.
''', [
  S('Russia expects its air campaign in Syria to last three to four months', [('duma-campaign-three-to-four-months', C)]),
  S('we are talking about an operation of three to four months', [('duma-campaign-three-to-four-months', C)]),
  S('He added that the strikes would intensify', [('duma-campaign-will-intensify', C)]),
  S('to last three-four months: Putin ally', [('duma-campaign-three-to-four-months', C)]),
  S('Only 20 percent of their operations', []),
  S('the strikes were mainly aimed at Islamic State', [], ['russia-insists-bombing-isis-and-others']),
], '"…: Putin ally"; "three-four months"; role "head of the foreign affairs committee"; "Only 20 percent" about the coalition, not Russia')

art('r14-obama-presser.txt', 're-report', ['barack-obama','russia','isis','syria','bashar-al-assad','vladimir-putin','washington'], '''
Obama's news conference on Russia's role in Syria

WASHINGTON, Oct 2 - President Barack Obama said on Friday that Russia was not distinguishing between Islamic State and more moderate insurgents in Syria as it carried out air strikes in support of President Bashar al-Assad.

"From their perspective, they're all terrorists," Obama told a White House news conference. "And that's a recipe for disaster."

Obama said he would not cooperate with Russia's attacks on the rebels.

He said he hoped Mr Putin understood that doubling down on Assad would make things worse.

Leave a Reply
''', [
  S('Russia was not distinguishing between Islamic State and more moderate insurgents', [('obama-russia-fails-to-distinguish', C)]),
  S('From their perspective, they\'re all terrorists', [('obama-from-their-perspective-all-terrorists', C)]),
  S('Obama said he would not cooperate', [], ['fallon-britain-will-not-cooperate']),
], 'dateline "WASHINGTON, Oct 2 -"; quote split across two sentences; comment furniture')

art('r15-metrojet-time.html', 're-report', ['russia','isis','sinai','egypt','vladimir-putin','metrojet','paris','france','barack-obama'], '''
<h1>How the Sinai crash fits a pattern of ISIS attacks abroad</h1>
<p class="byline">By a Staff Writer</p>
<p>Russia's security services said on Tuesday that a homemade bomb brought down the Russian airliner that crashed in Egypt's Sinai Peninsula in October.</p>
<p>The crash killed 224 people on Oct. 31; until Tuesday Moscow had declined to name a cause.</p>
<p>ISIS has claimed that it downed the jet in revenge for Russian air strikes.</p>
<p>To date those strikes have concentrated on other rebel groups fighting the Syrian regime, but they have also hit ISIS positions.</p>
<p>"We will find them anywhere on the planet and punish them," Putin said.</p>
''', [
  S('a homemade bomb brought down the Russian airliner', [('russia-metrojet-bomb-224-killed', C)]),
  S('The crash killed 224 people', [], ['russia-metrojet-bomb-224-killed']),
  S('ISIS has claimed that it downed the jet', [('is-claims-metrojet-downing', C)]),
  S('To date those strikes have concentrated on other rebel groups', []),
], 'byline; "homemade bomb"; "224"', '2015-11-17')

art('r16-hammond-majority.html', 'other-events', ['philip-hammond','russia','syria','isis','britain','homs','aleppo','united-states','bashar-al-assad'], '''
<h1>Russian strikes on Syria opposition 'helping IS' - Hammond</h1>
<figure><figcaption>Image caption RAF Tornados have bombed so-called Islamic State in Syria since 2 December</figcaption></figure>
<p>Russian air strikes in Syria are "giving an advantage" to so-called Islamic State, the UK foreign secretary says.</p>
<p>Philip Hammond told MPs that "the majority" of Russian strikes were hitting Syrian opposition forces rather than IS, helping the group they claim to be fighting.</p>
<p>Updating MPs, the foreign secretary said 75% of Russian strikes had been on opposition groups fighting IS.</p>
<p>The Kremlin says it is targeting "all terrorists".</p>
<p>Related: Syria air strikes: What you need to know</p>
''', [
  S('"the majority" of Russian strikes were hitting Syrian opposition forces', [], ['hammond-russian-actions-incompatible-with-war-on-isil']),
  S('75% of Russian strikes had been on opposition groups', []),
  S('are "giving an advantage" to so-called Islamic State', [], ['hammond-russian-actions-incompatible-with-war-on-isil']),
], 'December: another period; "75%", "the majority"; "- Hammond" headline attribution; image caption; related links', '2015-12-16')

art('r17-deir-ezzor-70.html', 're-report', ['russia','syria','isis','deir-al-zour','sohr','rami-abdel-rahman','us-led-coalition','caspian-sea','raqqa','idlib','aleppo','afp','cruise-missiles'], '''
<h1>At least 36 dead in bombing raids in eastern Syria—monitor</h1>
<p>BEIRUT, Lebanon—At least 36 people were killed on Friday in air strikes by Russian and Syrian jets on the ISIS-held province of Deir Ezzor, a monitor said, calling them the heaviest there since the war began.</p>
<p>"At least 36 people were killed and dozens wounded in more than 70 raids by Russian and Syrian planes on several districts of Deir Ezzor," Rami Abdel Rahman of the Syrian Observatory for Human Rights told AFP.</p>
<p>READ: Russia, France push UN resolutions on fighting ISIS</p>
<p>The province and most of its capital are held by ISIS, apart from the military airport.</p>
<p>Moscow on Friday fired 18 missiles from ships of its Caspian Sea fleet at seven targets in the Raqa, Idlib and Aleppo provinces, defence minister Sergei Shoigu was quoted as saying.</p>
<p>Article continues after this advertisement</p>
''', [
  S('in more than 70 raids by Russian and Syrian planes', [('sohr-50-raids-deir-al-zour', X)]),
  S('fired 18 missiles from ships of its Caspian Sea fleet', [('russian-military-18-cruise-missiles-friday', C), ('cruise-missiles-from-caspian-warships', C)], ['russia-cruise-missiles-fourth-day']),
  S('calling them the heaviest there since the war began', [], ['sohr-50-raids-deir-al-zour']),
  S('The province and most of its capital are held by ISIS', [], ['deir-al-zour-between-raqqa-and-iraq']),
], 'headline "—monitor"; "more than 70 raids" (the monitor\'s other count); READ and advertisement furniture; Deir Ezzor, Raqa', '2015-11-21')

art('r18-kalin-9.txt', 'other-events', ['turkey','russia','isis','syria'], '''
Turkey: Only 9% of Russian strikes target the Islamic State

Turkish presidential spokesman Ibrahim Kalin said only 9 percent of Russian strikes in Syria were aimed at the Islamic State, with the rest hitting moderate opposition groups.

Turkey had no problem with Russian strikes on IS, the spokesman said, but opposed Russia hitting civilians rather than terrorists.
''', [
  S('only 9 percent of Russian strikes in Syria were aimed at the Islamic State', []),
  S('Turkey: Only 9% of Russian strikes', []),
], 'December, another claimant and figure: must not contradict the 5% claim (another slot)')

art('r19-izza-hama.txt', 're-report', ['russia','syria','isis','hama','free-syrian-army','homs','bashar-al-assad','latakia','tartus','moscow','united-states','vladimir-putin','russian-defence-ministry'], '''
Western-backed Syrian rebel group says hit by Russian air strikes

By Reuters staff

ANKARA (Reuters) - Russian air strikes in north-west Syria that Moscow said were aimed at Islamic State hit a rebel group backed by Western opponents of Assad on Wednesday, wounding eight, its commander said.

"The northern countryside of Hama has no ISIS presence at all and is under Free Syrian Army control," Major Jamil al-Saleh told Reuters via Skype.

A U.S. official said the Russian jets appeared to have struck targets in the Homs area rather than areas held by Islamic State.

Moscow gave Washington an hour's notice of the strikes.
''', [
  S('Moscow gave Washington an hour\'s notice', [('us-complains-one-hour-notice', C)]),
  S('appeared to have struck targets in the Homs area', [], ['seven-countries-attacks-hama-homs-idlib', 'seven-countries-strikes-did-not-target-isis', 'us-allies-accuse-russia-hitting-all-but-is']),
  S('that Moscow said were aimed at Islamic State', [], ['russia-says-first-strikes-hit-isis']),
], 'byline; commander quote; "an hour\'s notice" stated by the reporter')

art('r20-karlov-attache.txt', 'other-events', ['vladimir-putin','turkey','russia','isis','russian-defence-ministry','moscow'], '''
Russia 'stabbed in back' by Turkey, says Putin over downed jet

ISTANBUL

Russian President Vladimir Putin has called Turkey's downing of a Russian fighter jet a "stab in the back", saying the Su-24 shot down on the morning of Nov. 24 posed no threat to Turkey.

Two Turkish F-16s downed the jet over an "airspace violation", according to the Turkish army, but Putin said the plane was flying a kilometre from the border.

Putin also suggested that Turkey was an "accomplice of terrorists".

Meanwhile, the Russian Defence Ministry has summoned Turkey's defence attaché in Moscow.
''', [
  S('has summoned Turkey\'s defence attaché in Moscow', []),
  S('posed no threat to Turkey', []),
], 'shootdown (24 Nov) — not in the dataset; "summoned" in the other direction must not match the Ankara summons')

art('r21-kolkata-su24.txt', 'other-events', ['turkey','russia','syria','russian-defence-ministry','su-24'], '''
Turkey Shoots Down Russian Fighter Jet

update: Pilot 'killed' as Turkey shoots down Russian warplane on Syria border

Ankara: Turkey today shot down a military plane on the Syrian border, local media reported.

A Russian Su-24 has been shot down in Syria, the Russian Defence Ministry said, adding that the plane had not violated Turkish airspace and was flying at 6,000 metres.

The pilots ejected, the ministry said; their fate is not yet known.
''', [
  S('adding that the plane had not violated Turkish airspace', []),
], 'kicker "update:"; dateline "Ankara:"; a denial by the ministry about another event')

art('r22-suqour-jabal.txt', 'other-events', ['russia','syria','idlib','free-syrian-army','bashar-al-assad','qatar','saudi-arabia','isis','united-states','reuters'], '''
Russian air strikes hit CIA-trained rebels, commander says

By Reuters staff BEIRUT (Reuters) - Two Russian air strikes in Syria on Thursday hit a training camp run by a rebel group that had received CIA training in Qatar and Saudi Arabia, its commander said.

Hassan Haj Ali, head of Liwa Suqour al-Jabal, said the camp in Idlib province was struck by about 20 missiles in two sorties.

It is at least the third Free Syrian Army group to report being hit by air strikes that Russia says are aimed at Islamic State.

US Senator John McCain said Russia's first strikes had hit recruits of the US-backed Free Syrian Army.
''', [
  S('struck by about 20 missiles in two sorties', []),
  S('that Russia says are aimed at Islamic State', [], ['russia-says-first-strikes-hit-isis', 'russia-insists-bombing-isis-and-others']),
], 'byline run into the dateline; "about 20 missiles"; "two sorties" (not the 10-sortie claim)')

art('r23-libya-sirte.txt', 'unrelated', ['united-states','isis','peter-cook','barack-obama','pentagon'], '''
U.S. launches airstrikes against ISIL as Libyan forces advance

by World Staff, August 2, 2016

The United States struck Islamic State targets as forces loyal to Libya's unity government pushed into the group's stronghold of Sirte on Aug. 1.

Pentagon spokesman Peter Cook said the strikes had been authorised by President Barack Obama on the advice of the defense secretary.

The initial assessment was that an ISIL tank and two vehicles were destroyed.

Sirte has been held by ISIL since June 2015, Cook said.
''', [], 'off-topic: ISIS in Libya, 2016; Peter Cook, Pentagon, Obama, strikes')

art('r24-moscow-idaho.txt', 'unrelated', [], '''
Things seemed to calm down in Moscow this week

Moscow, ID · Local News

After several busy weeks the Moscow City Council had an ordinary agenda on Monday.

Two residents spoke during public comment, one about litter along the river drive and one about the yard waste transfer station.

The Arts Commission reported a sharp rise in volunteer hours, and the council unanimously approved an updated mutual assistance compact with Lewiston police.

Related Articles
''', [], 'off-topic: Moscow, Idaho; dateline "Moscow, ID · Local News"')

# ---- unseen third ----
art('r25-rferl-metrojet.txt', 're-report', ['vladimir-putin','russia','egypt','sinai','metrojet','isis','syria'], '''
Russia confirms bomb downed Egypt plane, Putin vows vengeance

Russia's President Vladimir Putin vowed "vengeance" after the country's security chief confirmed that a "terrorist act" had brought down a Russian airliner over Egypt last month.

The Metrojet Airbus A321 was flying from Sharm el-Sheikh to St. Petersburg when it crashed in Sinai on October 31, killing all 224 people on board. Nearly all the dead were Russians.

An affiliate of the Islamic State group claimed responsibility for bringing down the plane.

Putin also pledged to step up air strikes in Syria "so that the criminals understand that vengeance is inevitable."
''', [
  S('confirmed that a "terrorist act" had brought down a Russian airliner', [('russia-metrojet-bomb-224-killed', C)]),
  S('killing all 224 people on board', [], ['russia-metrojet-bomb-224-killed']),
  S('An affiliate of the Islamic State group claimed responsibility', [('is-claims-metrojet-downing', C)]),
  S('pledged to step up air strikes in Syria', [], ['russia-intensified-raids', 'duma-campaign-will-intensify']),
], 'sentence split between fact and figure; "affiliate of the Islamic State group"')

art('r26-breitbart-caspian.txt', 'other-events', ['russia','caspian-sea','iran','iraq','syria','vladimir-putin','sohr','idlib','hama','bashar-al-assad','army-of-conquest','russian-defence-ministry','cruise-missiles','al-qaeda'], '''
Russian Ships Launch Missiles over Iran, Iraq into Syria via Caspian Sea

Russia has widened its campaign against opponents of Syrian President Bashar al-Assad, firing missiles at targets in Syria from the Caspian Sea. Defense Minister Sergei Shoigu announced it at a televised meeting with President Vladimir Putin.

Shoigu said four ships had launched 26 rockets so far. He claimed the missiles destroyed "all 11 intended targets" and were not aimed at civilian areas.

"Strikes have hit 112 targets since September 30," Shoigu said. "The intensity of the strikes is growing."

The Syrian Observatory for Human Rights says the Russians hit targets in the province of Idlib, where Jaysh al-Fateh, which has links to al-Qaeda, is strong.
''', [
  S('Shoigu said four ships had launched 26 rockets so far', [], ['cruise-missiles-from-caspian-warships']),
  S('The intensity of the strikes is growing', [], ['russia-intensified-raids', 'duma-campaign-will-intensify']),
  S('Strikes have hit 112 targets since September 30', [], ['russian-campaign-began-sept-30']),
], 'title case; "26 rockets"; "He claimed"; Jaysh al-Fateh for the Army of Conquest; October event')

art('r27-davutoglu-xinhua-quote.txt', 're-report', ['ahmet-davutoglu','turkey','russia','isis','syria','free-syrian-army','bashar-al-assad'], '''
Davutoglu: Russian air operation hitting moderate rebels, not ISIS

Istanbul -- Turkish Prime Minister Ahmet Davutoglu said on Thursday that Russia's air operation in Syria was not aimed at ISIS, whatever Moscow says.

The strikes were hitting moderate Syrian rebels to prop up the Assad regime, he told reporters.

"The outcome is very worrying," Davutoglu said.

He added that the Russian operation so far had been entirely against positions of the Free Syrian Army.
''', [
  S('Russia\'s air operation in Syria was not aimed at ISIS', [('davutoglu-rejects-strikes-aimed-at-isis', C)]),
  S('The strikes were hitting moderate Syrian rebels to prop up the Assad regime', [('davutoglu-russia-targets-moderate-rebels', C)], ['davutoglu-operation-supports-regime']),
  S('The outcome is very worrying', [('davutoglu-outcome-very-worrisome', C)]),
  S('had been entirely against positions of the Free Syrian Army', [('davutoglu-operation-entirely-against-fsa', C)]),
  S('Russian air operation hitting moderate rebels, not ISIS', [], ['davutoglu-russia-targets-moderate-rebels', 'davutoglu-rejects-strikes-aimed-at-isis']),
], 'headline "Name: …"; dateline "Istanbul --"; "he told reporters" (last named speaker)')

art('r28-putin-lavozdemichoacan.txt', 're-report', ['vladimir-putin','russia','syria','united-nations'], '''
Putin denies civilian deaths in Syria

Russian President Vladimir Putin has rejected reports that his country's air raids in Syria have killed civilians.

At a Kremlin meeting with human rights activists, Putin called the reports "information attacks" and said they had surfaced before Russian jets even took off.

Khaled Khoja, head of an exiled opposition council, told the UN on Wednesday that Russian raids on Talbiseh and three other areas had killed 36 civilians, five of them children. The report could not be independently verified.
''', [
  S('has rejected reports that his country\'s air raids in Syria have killed civilians', [('putin-rejects-civilian-deaths', C)]),
  S('Putin denies civilian deaths in Syria', [('putin-rejects-civilian-deaths', C)]),
  S('Putin called the reports "information attacks"', [('putin-rejects-civilian-deaths', C)]),
  S('had killed 36 civilians, five of them children', [], ['seven-countries-strikes-caused-civilian-casualties']),
], 'denial verbs: "rejected reports that", "denies"; a counter-claim with a toll')

art('r29-pentagon-2017.txt', 'unrelated', ['united-states','russia','syria','pentagon','cruise-missiles'], '''
US informed Russia ahead of Syria strike: official

April 07, 2017

WASHINGTON: The United States warned Russia before a large missile strike on a Syrian government air base, the Pentagon said Thursday.

"Russian forces were notified in advance of the strike using the established deconfliction line," Navy Captain Jeff Davis said.

US planners took care to limit the risk to Russian or Syrian personnel at the airfield.
''', [], 'off-topic: April 2017 US strike; "notified in advance", "deconfliction"')

art('r30-withdrawal-2016.txt', 'unrelated', ['vladimir-putin','russia','syria','sergei-lavrov','latakia','tartus','moscow'], '''
Putin orders withdrawal of main Russian forces from Syria

MOSCOW, March 14. President Vladimir Putin has ordered the main part of Russia's forces in Syria to start withdrawing from Tuesday.

"I consider the tasks set for the Defence Ministry largely accomplished," Putin said at a meeting with Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu.

The naval facility at Tartus and the air base in Latakia province will keep working as before, he said.

Russia launched its operation in Syria on September 30 last year.
''', [
  S('Russia launched its operation in Syria on September 30 last year', []),
], 'off-topic: March 2016; "September 30 last year" is 2015 but the article is no re-report')

art('r31-konashenkov-20-sorties.txt', 'other-events', ['russia','russian-defence-ministry','igor-konashenkov','isis','syria','damascus','hmeimim-airbase','su-34'], '''
Terrorists may blow up mosques and blame Russian jets, ministry spokesman says

The Russian Defence Ministry does not rule out that Islamic State militants may blow up mosques in Palmyra and blame Russian aircraft, ministry spokesman Igor Konashenkov said on Tuesday.

Russian Su-24M jets dropped guided bombs on an Islamic State munitions plant in Damascus province, he added.

All the aircraft returned to the Hmeymim base after the mission, Konashenkov said.

Russian warplanes flew about 20 sorties and hit 12 Islamic State targets in Syria, the ministry said.
''', [
  S('flew about 20 sorties and hit 12 Islamic State targets', []),
], 'another day\'s count ("about 20 sorties", "12 targets"): not the 10-sortie or 5-target claims; "he added"')

art('r32-sohr-2016.txt', 'unrelated', ['sohr','russia','syria','idlib','aleppo','deir-al-zour'], '''
Russian airstrikes kill 42 civilians a year on

SOHR documented the deaths of dozens of civilians today, 30 September 2016, in Russian airstrikes on several areas of Syria.

The toll rose to 42, among them 17 children and 3 women.

Fourteen, including 8 children, were killed by Russian airstrikes on villages in the Der-Ezzor countryside.
''', [], 'off-topic: a year later (2016); Der-Ezzor spelling; toll counts')

art('r33-israel-national.txt', 're-report', ['turkey','russia','syria','isis','bashar-al-assad','vladimir-putin','recep-tayyip-erdogan','sergei-lavrov','western-governments','afp','russian-ambassador-to-turkey'], '''
Turkey summons Russian envoy over Syria raids near its border

Turkey on Friday summoned the Russian ambassador after Russian warplanes bombed Syrian territory "very close" to the Turkish border, the foreign ministry said, according to AFP.

Western governments say the vast majority of Russian strikes have hit rebel groups other than ISIS to defend Assad's rule, despite Russia's claims that it is targeting only ISIS.

Lavrov is set to visit Turkey on Wednesday.
''', [
  S('Turkey on Friday summoned the Russian ambassador', [('russian-ambassador-summoned-ankara', C)]),
  S('Western governments say the vast majority of Russian strikes have hit rebel groups other than ISIS', [], ['western-officials-concern-hitting-opposition', 'us-allies-accuse-russia-hitting-all-but-is', 'russia-insists-bombing-isis-and-others']),
], '"according to AFP"; "the vast majority"; "despite Russia\'s claims"')

art('r34-latimes-shape-carter-oct31.txt', 'other-events', ['united-states','russia','syria','isis','raqqa','bashar-al-assad','us-led-coalition'], '''
Carter: Russia 'doomed to fail' in Syria; ISIL must be defeated

By Lisa Ferdinando, DoD News

WASHINGTON, October 31, 2015 — Russia is "doomed to fail" in Syria, Defense Secretary Ash Carter said Friday in Alaska.

Russia said it was going to fight ISIL but it is not doing that, Carter said.

Moscow is instead backing the Assad regime and "fuelling the very civil war that leads to extremism", he explained.

Raqqa must be retaken and given back to its citizens, Carter told reporters.
''', [
  S('Russia said it was going to fight ISIL but it is not doing that', [], ['seven-countries-strikes-did-not-target-isis', 'russia-insists-bombing-isis-and-others']),
  S('Moscow is instead backing the Assad regime', [], ['us-west-russia-shoring-up-assad']),
], 'headline "Name: …"; byline and dateline with a long date; "he explained"')

art('r35-konashenkov-pt.html', 'other-events', ['igor-konashenkov','russia','syria','aleppo','damascus','deir-al-zour','idlib','latakia','raqqa','hama','homs','al-nusra-front','isis','su-34'], '''
<h1>Russian jets hit 263 targets in 81 sorties, ministry says</h1>
<p>14 new updates</p>
<p>"Over the last two days the aircraft of the Russian air group in Syria flew 81 sorties against 263 sites in the provinces of Aleppo, Damascus, Deir ez-Zor, Idlib, Latakia, Raqqa, Hama and Homs," Konashenkov said.</p>
<p>Su-25 jets destroyed a depot of anti-tank missiles belonging to al-Nusra Front in Idlib province, he said.</p>
<p>Near Raqqa, Su-34 bombers struck two fortified positions on the edge of the city, the general added.</p>
''', [
  S('flew 81 sorties against 263 sites', []),
  S('Su-34 bombers struck two fortified positions on the edge of the city', [], ['mod-russia-strikes-raqqa-stronghold']),
], 'counter "14 new updates" furniture; two-day counts in November; "the general added"', '2015-11-05')

art('r36-cook-deconfliction.txt', 're-report', ['united-states','russia','pentagon','peter-cook','syria','john-kerry','sergei-lavrov'], '''
Pentagon says U.S., Russia hold first deconfliction talks on Syria

WASHINGTON - U.S. and Russian defense officials held a video conference on Thursday to discuss how to avoid incidents over Syria, Pentagon spokesman Peter Cook said.

The U.S. made clear that the priority had to be, at the very least, the safe operation of aircrews in the skies over Syria, Cook said.

Secretary of State John Kerry and Foreign Minister Sergei Lavrov had agreed on the talks in New York.
''', [
  S('held a video conference on Thursday to discuss how to avoid incidents', [('us-russia-deconfliction-teleconference', C)], ['moscow-washington-discuss-avoiding-each-other']),
  S('the safe operation of aircrews', [('cook-priority-safe-aircrew-operation', C)]),
], '"video conference" for teleconference; Pentagon spokesman by role and name. Not shaped on one page read (the page on these talks that came up is in the excluded list and was not opened): written from the dataset facts in an AP-like shape')

def body(a):
    if a['file'].endswith('.html'):
        meta = f'<meta property="article:published_time" content="{a["date"]}">' if a['date'] else ''
        return f'<!doctype html>\n<html><head><meta charset="utf-8">{meta}<title>{a["file"]}</title></head>\n<body>\n<header><a href="/">Example News</a> <nav>World | Middle East</nav></header>\n<main><article>\n{a["text"]}\n</article></main>\n<footer><p>© Example News</p></footer>\n</body></html>\n'
    return a['text'] + '\n'

n = len(A)
FIRST_RUN = ("Real-shape set (eval/real-shape, 36 articles: 31 on topic, 5 off topic; labelled before the first run): first run on 2026-12-03, "
  "before any engine change for it — seen (24): sentence P 0.69 / R 0.45 (tp 20, fp 9, fn 24), strict P 0.56, article P 0.70 / R 0.55, relation right 0.85, off-topic matches 0; "
  "unseen (12): sentence P 0.46 / R 0.50 (tp 6, fp 7, fn 6), strict P 0.46, article P 0.55 / R 0.60, relation right 1.00, off-topic matches 9 (any relation, related included).")
AFTER = [("Engine changes tuned on the real-shape seen set only (never on the unseen third), each kept on a measured gain — see docs/adr/0020-engine.md, 'Real text': "
  "ratios as shares ('one in 20' = 5%), word ranges, 'pct', shares never compared with counts; quantifier scope ('only one in 20 … hit IS') and dismissals as denials; "
  "headline attribution by punctuation, datelines and furniture lines skipped; claimants from dataset roles, the last named speaker for a bare 'the spokesperson', institutions ('the Kremlin said'); "
  "unknown speakers and single members of a joint statement are other speakers; figure contradictions need the same period and, for assessments, the same assessor; derived contradictions need an anchored corroboration; "
  "figure-fitting claims always judged; one path (the evaluation scores through the content script's scanArticle)."),
  ("Label corrections after the first real-shape run: r03's caption (\"…could last three to four months\") was labelled as corroborating the Duma forecast; "
  "captions are page furniture and never claims (the issue says so, and the content script never sends them for analysis), so the label is now optional. No other label was changed.")]
FINAL = ("Final run on 2026-12-03 after the changes above (the unseen third read for the first time since its first run, and not tuned on): "
  "own words sentence P 1.00 / R 0.95 (strict 0.93); real seen P 0.88 / R 0.51 (strict 0.67, article P 0.91 / R 0.54, 0 off-topic matches); "
  "real unseen P 0.47 / R 0.58 (strict 0.47, article P 0.54 / R 0.70, off-topic matches 12 with related ones counted, 1 corroborates/contradicts). "
  "The unseen errors are of kinds the seen set did not hold: another day's sortie and target counts in an undated article contradicting the overnight figures; "
  "a 2016 toll dated only elsewhere in its article contradicting Putin's denial; a counter-claimant's toll read as a denial of Putin's denial; reporter background facts matched on shared words.")
AFTER.append(FINAL)
labels = {"firstRun": FIRST_RUN, "afterFirstRun": AFTER, "about": "Real-shape development set (issue 13): articles written in our own words, each shaped on a real October-November 2015 news article (or an off-topic real-world page) read through the pages corpus; facts and figures carried over, sentences not. Labels written before the first run. The first two thirds are 'real-seen' (the engine may be tuned on them), the last third 'real-unseen' (never tuned on). 'shape' says what of the real article's form the case keeps.", "articles": {}}
seen_cut = (2 * n + 2) // 3
for i, a in enumerate(A):
    with open(os.path.join(D, a['file']), 'w') as f:
        f.write(body(a))
    # every labelled sentence must occur in the text once
    for s in a['sentences']:
        c = a['text'].count(s['sentence'])
        assert c == 1, (a['file'], s['sentence'], c)
    labels['articles'][a['file']] = {"kind": a['kind'], "set": 'real-seen' if i < seen_cut else 'real-unseen', "shape": a['shape'], "actors": a['actors'], "sentences": a['sentences']}
with open(os.path.join(D, '..', 'real-shape-labels.json'), 'w') as f:
    json.dump(labels, f, indent=1, ensure_ascii=False)
print(n, 'articles;', seen_cut, 'seen')
