"""Round 26, set AW: twenty posts by a fiftieth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    post(
        "saltmarsh-hours-encyclopedia-entry-aw",
        "wp_classic",
        "The Saltmarsh Hours (film)",
        [
            "<em>The Saltmarsh Hours</em> is a 1974 British drama film directed by Edda Br&#246;nnimann "
            "and adapted from the novella <em>Low Water</em> (1961) by the poet Clement Ashdown. "
            "It is chiefly remembered for its eleven-minute dredging sequence, frequently cited in "
            "the literature as an early instance of the &#8220;labour montage&#8221; being carried "
            "wholly by a popular song (Hartwell 1988, p. 41).",
            "H: Infobox",
            "LIST: Directed by: Edda Br&#246;nnimann | Screenplay: Clement Ashdown, Judith Penhale | "
            "Music by: Lionel Aske | Cinematography: Ruaridh Mair | Running time: 104 minutes | "
            "Country: United Kingdom | Released: 14 March 1974",
            "H: Production",
            "Exteriors were photographed over nine weeks in the autumn of 1973. The quayside at "
            "Blakeney, Norfolk, was used for the village scenes, while the shingle spit of Orford Ness "
            "stood in for a Baltic island on which the second half of the narrative is set. The "
            "novella itself had been set in Essex; the relocation was attributed by Br&#246;nnimann "
            "to the availability of military-surplus landing craft (Penhale 1997, pp. 112&#8211;15).",
            "H: Music",
            "The score was composed by Lionel Aske, whose main title, &#8220;Tidewater Hymn&#8221;, "
            "was recorded by the Fenwick Consort, a period-instrument ensemble then resident in "
            "Durham. For the dredging montage a song was commissioned: &#8220;Every Gull Goes "
            "Home&#8221;, co-written by Aske and the folk singer Maudie Carrow, who also performed "
            "it. A setting of a traditional Suffolk ballad was considered for the same sequence but "
            "was not used (Hartwell 1988, p. 44).",
            "The aforementioned song was issued as a single on Ostler Records in February 1974 and "
            "entered the UK Singles Chart in the week of the film's premiere, peaking at number 14. "
            "In North America its progress was slower; it reached No. 31 on the Billboard Hot 100 "
            "and number 9 in Canada's RPM listing in the summer of that year. The single was later "
            "certified silver by the BPI.",
            "An accompanying LP, <em>The Saltmarsh Hours: Music from the Film</em>, reached number 22 "
            "on the UK Albums Chart and was awarded a silver disc. The latter has been reissued twice, most recently in 2012 with "
            "previously unreleased cues.",
            "H: Reception",
            "Contemporary notices were mixed, with the <em>Monthly Film Bulletin</em> describing the "
            "second act as &#8220;becalmed&#8221;. Its standing has since risen considerably, and a "
            "restoration was screened at the London Film Festival in 2015.",
        ],
        video="yt:Qm7tRw2LpXa",
        film=("The Saltmarsh Hours", 1974),
        tracks=["Tidewater Hymn", "Every Gull Goes Home"],
        people=[
            ("Tidewater Hymn", "Lionel Aske", "composer"),
            ("Tidewater Hymn", "Fenwick Consort", "performer"),
            ("Every Gull Goes Home", "Lionel Aske", "composer"),
            ("Every Gull Goes Home", "Maudie Carrow", "composer"),
            ("Every Gull Goes Home", "Maudie Carrow", "performer"),
        ],
        albums=["The Saltmarsh Hours: Music from the Film"],
        peaks=[
            ("Every Gull Goes Home", 14, "uk_singles"),
            ("Every Gull Goes Home", 31, "billboard_hot_100"),
            ("Every Gull Goes Home", 9, "canada_rpm"),
            ("The Saltmarsh Hours: Music from the Film", 22, "uk_albums"),
        ],
        certs=[
            ("Every Gull Goes Home", "silver", 1, "bpi"),
            ("The Saltmarsh Hours: Music from the Film", "silver", 1, "bpi"),
        ],
        places=["Blakeney", "Orford Ness"],
        stood=[("Orford Ness", "a Baltic island")],
    ),
    post(
        "paper-lanterns-for-ines-wall-text-aw",
        "squarespace",
        "Gallery 4: Paper Lanterns for Ines (1988)",
        [
            "H: Paper Lanterns for Ines, 1988",
            "Directed by Teodora Salgueiro (b. 1949, Coimbra). 35mm, colour, 96 minutes. "
            "Lent by the Cinemateca collection; projected here on a continuous loop.",
            "Few Portuguese films of the late 1980s were as closely bound to their locations as "
            "this one. Salgueiro, who had trained as an architect before turning to cinema, "
            "insisted that every interior be found rather than built. The result is a film in which "
            "the city is less a backdrop than a second protagonist.",
            "The opening sequence was filmed in the stepped alleys of Lisbon's Alfama, where the "
            "production was permitted to string some four hundred paper lanterns between the "
            "balconies over two nights in June 1987. The lanterns themselves, several of which are "
            "displayed in the vitrine to your left, were made by residents of the district.",
            "The central section of the film moves north. The riverfront of the Ribeira in Porto "
            "provided the setting for the courtship scenes, and the gardens and initiation well of "
            "the Quinta da Regaleira, near Sintra, were made to double as a Brazilian plantation "
            "house, the film's story being set largely in Minas Gerais in the 1890s. No footage was "
            "in fact shot in Brazil. For the customs-house scenes the cloisters of the Convento de "
            "Cristo at Tomar were pressed into service as a colonial customs house, and the "
            "final shot, of Ines alone above the Atlantic, was taken at Cabo da Roca.",
            "The so-called lantern montage, in which Ines (played by Beatriz Lobo) and her "
            "grandmother fold and paint the lanterns across a single wordless afternoon, is "
            "presented on the monitor opposite. It is accompanied by &#8220;Lanterna&#8221;, a "
            "song written for the film by the composer Rui Penedo and sung by the fadista Graça "
            "Almada. Salgueiro had originally intended to use a recording of a children's choir; "
            "the substitution was, by her own account, made three days before the final mix. "
            "Almada is heard again over the closing credits, in a second Penedo composition, "
            "&#8220;Fado das Varandas&#8221;.",
            "Visitors will note the sketchbooks displayed in the adjacent case. These contain "
            "Salgueiro's location notes, with measurements of doorways and the angle of the "
            "afternoon sun, and were donated by the director's family in 2019.",
            "Please do not use flash photography in this gallery.",
        ],
        video="vimeo:318842207",
        film=("Paper Lanterns for Ines", 1988),
        tracks=["Lanterna", "Fado das Varandas"],
        people=[
            ("Lanterna", "Rui Penedo", "composer"),
            ("Lanterna", "Graça Almada", "performer"),
            ("Fado das Varandas", "Rui Penedo", "composer"),
            ("Fado das Varandas", "Graça Almada", "performer"),
        ],
        places=[
            "Alfama",
            "Ribeira",
            "Quinta da Regaleira",
            "Convento de Cristo",
            "Cabo da Roca",
        ],
        stood=[
            ("Quinta da Regaleira", "a Brazilian plantation house"),
            ("Convento de Cristo", "a colonial customs house"),
        ],
    ),
    post(
        "harbour-of-small-lights-reissue-notes-aw",
        "substack",
        "Notes for the reissue: Harbour of Small Lights",
        [
            "<em>The following essay was commissioned for the fortieth-anniversary vinyl edition "
            "and is reproduced here, lightly revised, with the permission of the label.</em>",
            "It is difficult, four decades on, to convey how unlikely a proposition "
            "<em>Harbour of Small Lights</em> appeared in 1981. A low-budget Scottish feature about "
            "a lighthouse keeper's widow, directed by a former documentarian (Fiona Kerrigan) and "
            "scored not by a composer of the London establishment but by a four-piece folk-rock "
            "group from Dundee, it was not expected to travel beyond the Edinburgh Filmhouse. That "
            "it did so is owed in no small measure to the songs collected on this record.",
            "The group in question, the Marram Grass, had released a single independent EP when "
            "Kerrigan heard them in a hotel bar in Pitlochry. Their principal songwriter, Ewan "
            "Threlfall, was invited to the edit; two pieces were eventually written to picture. "
            "The first, &#8220;Lamplighter's Reel&#8221;, is an instrumental heard under the "
            "opening titles. The second, &#8220;Cold Coast Radio&#8221;, accompanies the film's "
            "celebrated net-mending montage, in which a season passes in four minutes.",
            "Both were credited to Threlfall alone, and both were recorded by the band at a church "
            "hall in Arbroath in a single weekend. (A third song, &#8220;Fog Signal&#8221;, was "
            "recorded at the same session but was not used in the film and is not included "
            "here.)",
            "The commercial fortunes of the latter song were, by any measure, remarkable. Released "
            "by Kestrel Records in April 1981, &#8220;Cold Coast Radio&#8221; climbed to number "
            "seven on the UK Singles Chart, went as high as No. 3 on the Irish Singles Chart, and "
            "&#8212; to the bafflement of the band &#8212; reached nineteenth position on "
            "Australia's Kent Music Report the following spring. It was certified silver by the "
            "British Phonographic Industry before the year was out.",
            "The soundtrack LP, issued under the shortened title <em>Small Lights</em>, performed "
            "comparably: a peak of twelve on the UK Albums Chart, an eighty-eighth place on the "
            "Billboard 200 sustained for a mere fortnight, and a gold disc from the BPI in 1982.",
            "The harbour scenes were photographed at Crail, in the East Neuk of Fife, with "
            "additional work at nearby Anstruther; the lighthouse of the title, though, is a "
            "composite, and the island on which it supposedly stands does not exist.",
            "What is heard on this reissue has been remastered from the original quarter-inch "
            "tapes, recovered in 2019 from a loft in Broughty Ferry. The hiss, it was decided, "
            "should stay.",
            "&#8212; R. M. Dalgleish, St Andrews, 2021",
        ],
        video="yt:hK3v_9ZsQe1",
        film=("Harbour of Small Lights", 1981),
        tracks=["Lamplighter's Reel", "Cold Coast Radio"],
        people=[
            ("Lamplighter's Reel", "Ewan Threlfall", "composer"),
            ("Lamplighter's Reel", "Marram Grass", "performer"),
            ("Cold Coast Radio", "Ewan Threlfall", "composer"),
            ("Cold Coast Radio", "Marram Grass", "performer"),
        ],
        albums=["Small Lights"],
        peaks=[
            ("Cold Coast Radio", 7, "uk_singles"),
            ("Cold Coast Radio", 3, "other:Irish Singles Chart"),
            ("Cold Coast Radio", 19, "australia_kent"),
            ("Small Lights", 12, "uk_albums"),
            ("Small Lights", 88, "billboard_200"),
        ],
        certs=[
            ("Cold Coast Radio", "silver", 1, "bpi"),
            ("Small Lights", "gold", 1, "bpi"),
        ],
        places=["Crail", "Anstruther"],
    ),
    post(
        "glass-orchard-lecture-handout-aw",
        "hugo",
        "FS 214, Lecture 6 handout: The Glass Orchard (1969)",
        [
            "H: Lecture 6: Elliptical time in the seasonal montage",
            "Film under discussion: <em>The Glass Orchard</em> (dir. Wolfram Eberling, West Germany, "
            "1969; 88 min.). Screening copy on reserve in the Media Library (shelf mark DVD 4471).",
            "H: 1. Context",
            "The film belongs to a group of late-1960s West German productions in which the rural "
            "Heimatfilm was reworked from within. Its premise (an orchard-keeper's son returns from "
            "Hamburg to find the family trees diseased) is conventional; its treatment is not. It "
            "should be borne in mind that the story is set in an unnamed village in Lower Saxony, "
            "and that Eberling himself was born in Kiel in 1931.",
            "H: 2. The sequence",
            "Attention is directed this week to the so-called seasons montage (approx. 00:41:10 "
            "&#8211; 00:47:55), in which a full year of the orchard's life is compressed into under "
            "seven minutes. The sequence was photographed among the cherry and apple orchards at "
            "Jork, in the Altes Land, across four separate visits between March 1968 and February "
            "1969.",
            "LIST: 41 shots, none longer than 14 seconds | no dialogue; ambient sound is absent "
            "throughout | transitions are effected by straight cuts and two iris-outs | the single "
            "human figure is seen only from behind",
            "H: 3. Sound",
            "The sequence is carried entirely by &#8220;Pale Fruit&#8221;, a cue for strings and "
            "celesta composed by Henrike Voss. It is worth noting that Voss was, at the time, "
            "better known for her radio work; this was her only feature-film score. The cue's "
            "recurring four-note figure should be compared with the earlier leitmotif of the "
            "father (heard at 00:12:30).",
            "H: 4. Questions for seminar",
            "LIST: Does the montage represent the protagonist's memory, or the orchard's? | How is "
            "the absence of ambient sound to be read against the film's otherwise dense soundtrack? "
            "| Compare the compression of time here with the &#8216;breakfast montage&#8217; in a "
            "film of your choice from the week 3 list.",
            "H: 5. Reading",
            "Required: Kessler, &#8220;Orchards and Ruins&#8221; (course reader, pp. 88&#8211;104). "
            "Recommended: Voss's own short memoir of the recording sessions, excerpted in the "
            "supplementary pack. Essays for assessment 2 are due at the end of week 8.",
        ],
        video="yt:Zp0Ld4Wn8cY",
        film=("The Glass Orchard", 1969),
        tracks=["Pale Fruit"],
        people=[("Pale Fruit", "Henrike Voss", "composer")],
        places=["Jork"],
    ),
    post(
        "copperline-thesis-chapter-excerpt-aw",
        "jekyll",
        "Chapter 3 (excerpt): Closure and the soundtrack of deindustrialisation in Copperline",
        [
            "H: 3.2 The shutdown montage",
            "If the opening of <em>Copperline</em> (1996) establishes the town as a place of "
            "continuous labour, its second act is concerned with the representation of that "
            "labour's cessation.<sup>14</sup> The film's director, Alan Prisco, has described the "
            "shutdown montage as &#8220;the hinge of the whole picture&#8221; (Prisco 2004, 61), and "
            "it is with this sequence that the present section is concerned.",
            "The sequence was shot at the Berkeley Pit in Butte, Montana, which stands in for the "
            "open-cut mine of the fictional Copperline, Idaho. It will be observed that the "
            "location in question had itself ceased operation in 1982, a fact of which the "
            "production made no secret in its publicity. The worker housing seen in the "
            "sequence's closing shots was filmed some twenty-five miles away in Anaconda, and the "
            "union-hall interiors in Walkerville.<sup>15</sup>",
            "Over the sequence is laid &#8220;Shift Whistle&#8221;, a song performed by the Spokane "
            "band Hollow Ridge. The composition of the song was undertaken jointly by the band's "
            "singer, Dara Nkemelu, and its guitarist, Pete Lisgar, reportedly in the week following "
            "a first viewing of the rough cut.<sup>16</sup> Its lyric, which addresses an absent "
            "father, is only obliquely related to the images; the resulting friction is, I shall "
            "argue, precisely the point.",
            "The reception of the song was in some respects more considerable than that of the "
            "film. &#8220;Shift Whistle&#8221; reached No. 9 on <em>Billboard</em>'s Mainstream Rock "
            "chart in the spring of 1996 but never entered the Hot 100,<sup>17</sup> while the "
            "soundtrack album, <em>Copperline (Original Motion Picture Soundtrack)</em>, peaked at "
            "number seventeen on the Top Soundtracks listing and was certified gold by the RIAA in "
            "1997. That the aforementioned single "
            "circulated on rock radio independently of the film complicates any reading of it as "
            "mere accompaniment.",
            "A second, unused song, &#8220;Company Town&#8221;, survives in a demo version held by "
            "the band's former manager.<sup>18</sup> Its rejection in favour of the former is "
            "instructive, and is discussed in section 3.4.",
            "H: Notes",
            "<sup>14</sup> On the broader cycle of mining films, see Halloran (2011), ch. 2.",
            "<sup>15</sup> Production call sheets, Prisco papers, box 7, folder 3.",
            "<sup>16</sup> Nkemelu, interview with the author, 14 May 2018.",
            "<sup>17</sup> Chart data are taken from the weekly issues of <em>Billboard</em> for "
            "March to May 1996.",
            "<sup>18</sup> I am grateful to Mr. L. Tomasek for access to this recording.",
        ],
        video="vimeo:90422871",
        film=("Copperline", 1996),
        tracks=["Shift Whistle"],
        people=[
            ("Shift Whistle", "Hollow Ridge", "performer"),
            ("Shift Whistle", "Dara Nkemelu", "composer"),
            ("Shift Whistle", "Pete Lisgar", "composer"),
        ],
        albums=["Copperline (Original Motion Picture Soundtrack)"],
        peaks=[
            ("Shift Whistle", 9, "billboard_mainstream_rock"),
            (
                "Copperline (Original Motion Picture Soundtrack)",
                17,
                "billboard_soundtracks",
            ),
        ],
        certs=[("Copperline (Original Motion Picture Soundtrack)", "gold", 1, "riaa")],
        places=["Berkeley Pit", "Anaconda", "Walkerville"],
        stood=[
            ("Berkeley Pit", "the open-cut mine of the fictional Copperline, Idaho")
        ],
    ),
    post(
        "winter-canal-catalogue-record-aw",
        "handmade",
        "Catalogue record: Winter Canal [videorecording]",
        [
            "H: Full record",
            "LIST: Title: Winter Canal [videorecording] / a Brugwachter Film production ; "
            "directed by Maarten Oostveen | Original title: Wintergracht | Published: Hilversum : "
            "Brugwachter Film, 1978 ; re-issued 2009 | Physical description: 1 videodisc (101 "
            "min.) : sound, colour ; 4 3/4 in. | Language: Dutch, with optional English subtitles "
            "| Subjects: Skating -- Netherlands -- Drama ; Canals -- Netherlands ; Winter in motion "
            "pictures",
            "H: Notes",
            "Originally released as a motion picture in 1978.",
            "Cast: Ria Kolff, Hendrik Plas, Joke Vermaat.",
            "Credits: music, Joost van Halder ; photography, Willem Sterk ; editing, Annet "
            "Geurts.",
            "Filmed on location in Giethoorn, which doubles in the film for a Frisian skating "
            "village, and in the Jordaan district of Amsterdam; the studio interiors were "
            "designed by Kees Brandt (production notes on container insert). The windmill "
            "sequence was photographed at Kinderdijk.",
            "The skating montage (chapter 9) is accompanied by the waltz &#8220;Skaters' "
            "Nocturne&#8221;, composed by van Halder and performed by the Noorderlicht Ensemble; "
            "this piece is identified in the disc's bonus interview as the film's principal theme.",
            "Chart history (from disc insert): the aforementioned waltz, issued as a single in "
            "1978, reached no. 6 in the Dutch Top 40 and no. 21 in West Germany (Media Control).",
            "The score was issued separately on LP in 1978 as <em>Winter Canal: Original Score</em> "
            "(Brugwachter BW 1102); the library does not hold a copy of this recording.",
            "Story set in the province of Friesland during the severe winter of 1963.",
            "Special features: restoration demonstration; interview with the director (recorded "
            "2008); stills gallery.",
            "Region 2 ; PAL.",
            "H: Holdings",
            "LIST: Main Library, Media Collection -- DVD 791.4372 WIN -- Available | Film Studies "
            "Reading Room -- Reserve (3-hour loan) -- On loan, due 12/02",
            "H: Local note",
            "Copy 2 was donated by the Netherlands Film Society, Leeds branch, in March 2011. The "
            "slipcase is damaged; the disc plays without fault.",
            "Staff remark: a patron has asked whether the waltz in chapter 9 is the same as the one "
            "heard on the menu screen. It is not; the menu uses an alternate arrangement of the "
            "aforementioned theme, uncredited on the packaging. Enquiries concerning the 1978 LP "
            "should be directed to the Music Library.",
        ],
        video="yt:W4nterCan4l",
        film=("Winter Canal", 1978),
        tracks=["Skaters' Nocturne"],
        people=[
            ("Skaters' Nocturne", "Joost van Halder", "composer"),
            ("Skaters' Nocturne", "Noorderlicht Ensemble", "performer"),
        ],
        albums=["Winter Canal: Original Score"],
        peaks=[
            ("Skaters' Nocturne", 6, "other:Dutch Top 40"),
            ("Skaters' Nocturne", 21, "germany_media_control"),
        ],
        places=["Giethoorn", "Jordaan", "Kinderdijk"],
        stood=[("Giethoorn", "a Frisian skating village")],
    ),
    post(
        "lowland-drive-discography-entry-aw",
        "blogger",
        "Discography: Nell Perrin & the Overpass, Headlights on the Levee (1985)",
        [
            "H: Headlights on the Levee",
            "LIST: Artist: Nell Perrin &amp; the Overpass | Format: 7-inch single, also 12-inch "
            "extended mix | Label: Bayou Signal Records (BSR-7-0341) | Released: 9 August 1985 | "
            "Writers: Nell Perrin, Amos Gutteridge | Producer: Lou Danforth | From the film: "
            "Lowland Drive (1985)",
            "The single is taken from the soundtrack to <em>Lowland Drive</em>, the 1985 road "
            "picture directed by Carla Boudreaux, in which it accompanies the night-driving "
            "montage of the second reel. It was the band's first release to chart nationally and "
            "remains its best-known recording.",
            "The composition of the song is credited jointly to Perrin and the band's bassist, Amos "
            "Gutteridge; according to the sleeve notes of the 1994 compilation <em>Flood "
            "Stage</em>, the chorus was completed in the back of a tour van outside Lafayette. The "
            "same notes record that a second Perrin song, &#8220;River Parish&#8221;, had been "
            "offered to the filmmakers and declined.",
            "H: Chart positions",
            "LIST: US Billboard Hot 100 &#8212; 23 | US Billboard Adult Contemporary &#8212; 6 | "
            "Canada RPM Top Singles &#8212; 15 | UK Singles Chart &#8212; did not chart",
            "H: Certifications",
            "LIST: United States (RIAA) &#8212; Gold, 1986 | Canada (CRIA, now Music Canada) "
            "&#8212; Gold, 1985",
            "H: Parent album",
            "The track also appears on <em>Lowland Drive &#8212; Original Soundtrack</em> (Bayou "
            "Signal, 1985), which peaked at number forty-one on the Billboard 200. No Overpass "
            "studio album includes this recording; a live version appears on <em>Flood Stage</em>.",
            "H: Music video",
            "The promotional clip (linked above) intercuts footage from the film with new "
            "material of the band performing on the Atchafalaya Basin Bridge, closed to traffic "
            "for one night in June 1985. The café scenes were filmed in Breaux Bridge. Perrin, who "
            "was raised in Baton Rouge, has said that the bridge shoot was the coldest night of her "
            "life, which seems improbable for Louisiana in June.",
            "H: Track listing",
            "LIST: A. Headlights on the Levee (3:58) | B. Headlights on the Levee (instrumental) "
            "(3:52)",
        ],
        video="yt:Lv3eD_rIv85",
        film=("Lowland Drive", 1985),
        tracks=["Headlights on the Levee"],
        people=[
            ("Headlights on the Levee", "Nell Perrin & the Overpass", "performer"),
            ("Headlights on the Levee", "Nell Perrin", "composer"),
            ("Headlights on the Levee", "Amos Gutteridge", "composer"),
        ],
        albums=["Lowland Drive — Original Soundtrack"],
        peaks=[
            ("Headlights on the Levee", 23, "billboard_hot_100"),
            ("Headlights on the Levee", 6, "billboard_adult_contemporary"),
            ("Headlights on the Levee", 15, "canada_rpm"),
            ("Lowland Drive — Original Soundtrack", 41, "billboard_200"),
        ],
        certs=[
            ("Headlights on the Levee", "gold", 1, "riaa"),
            ("Headlights on the Levee", "gold", 1, "music_canada"),
        ],
        places=["Atchafalaya Basin Bridge", "Breaux Bridge"],
    ),
    post(
        "summer-of-tin-roofs-long-read-aw",
        "medium",
        "Paint, heat and a song nobody expected: on A Summer of Tin Roofs",
        [
            "There is a moment, about an hour into <em>A Summer of Tin Roofs</em> (2003), when the "
            "film simply stops pretending to be a plot. Three siblings, returned to their late "
            "father's house to sell it, pick up brushes; the camera climbs to the roofline; and "
            "for the next four minutes we watch a ruin become habitable again. It is the "
            "sequence by which the film is remembered, and it is worth asking why.[1]",
            "H: The making of a montage",
            "The director, Phoebe Lanahan, had grown up in Adelaide, and the screenplay places the "
            "house somewhere in the Queensland cane country. But the production went west instead. "
            "Principal photography was carried out in and around Broken Hill, and the house itself "
            "was found at Silverton, a near-ghost town some twenty-five kilometres away, which "
            "stood in for a Queensland cane town on the strength of a few hired palms and a great "
            "deal of green paint.[2] The closing aerial shot was taken over the Mundi Mundi "
            "Plains. Anyone who has driven that road in January will understand "
            "why the performers look so genuinely exhausted.",
            "H: The song",
            "The painting montage is scored to &#8220;Corrugated Heart&#8221;, written and sung by "
            "Juno Okafor-Bell, at the time an unsigned singer from Fremantle with a following "
            "largely confined to the pubs of the Perth hills. Beneath it, as the sequence fades "
            "into evening, runs a short instrumental, &#8220;Blue Distemper&#8221;, composed by the "
            "film's credited composer, Sami Haddad. The two pieces were cut together by the "
            "editor, not by either musician, which perhaps explains the slightly abrupt change of "
            "key.[3]",
            "What followed is the kind of thing that is supposed not to happen to soundtrack "
            "songs in the twenty-first century. Okafor-Bell's recording went to number four on the "
            "ARIA Singles Chart, was certified platinum by ARIA within the year, and &#8212; after "
            "a late-night BBC Radio 2 play that nobody has ever quite accounted for &#8212; "
            "reached number 27 in the United Kingdom, where the BPI eventually certified it "
            "silver. She would never again come close.[4]",
            "H: Why it works",
            "My own suspicion is that the sequence succeeds because the song is slightly wrong for "
            "it. The lyric is about leaving; the images are about staying. That tension is the "
            "whole film in miniature, and it is a tension the rest of the film, frankly, never "
            "manages to sustain.",
            "H: Notes",
            "[1] The sequence is frequently excerpted; the version embedded above is the "
            "distributor's own upload.",
            "[2] Lanahan, interview, <em>Metro Magazine</em> no. 141 (2004), pp. 22&#8211;29.",
            "[3] Haddad has said he was not consulted (personal correspondence, 2019).",
            "[4] A follow-up single, &#8220;Dry Creek&#8221;, failed to chart anywhere.",
        ],
        video="yt:T1nR00fs_03",
        film=("A Summer of Tin Roofs", 2003),
        tracks=["Corrugated Heart", "Blue Distemper"],
        people=[
            ("Corrugated Heart", "Juno Okafor-Bell", "composer"),
            ("Corrugated Heart", "Juno Okafor-Bell", "performer"),
            ("Blue Distemper", "Sami Haddad", "composer"),
        ],
        peaks=[
            ("Corrugated Heart", 4, "other:ARIA Singles Chart"),
            ("Corrugated Heart", 27, "uk_singles"),
        ],
        certs=[
            ("Corrugated Heart", "platinum", 1, "aria"),
            ("Corrugated Heart", "silver", 1, "bpi"),
        ],
        places=["Broken Hill", "Silverton", "Mundi Mundi Plains"],
        stood=[("Silverton", "a Queensland cane town")],
    ),
    post(
        "meridian-blue-timeline-aw",
        "gutenberg",
        "Meridian Blue: a timeline",
        [
            "The following chronology of <em>Meridian Blue</em> (1991) has been compiled from "
            "trade-press reports, the production company's archive and the recollections of cast and crew. Dates are given in the "
            "form in which they appear in the sources.",
            "H: Timeline",
            "LIST: 1988 &#8212; The screenplay, by Anne-Sophie Delorme, is optioned by the "
            "Marseille company Lumi&#232;re Sud; the story is set in Genoa and Florence in 1512. | "
            "Spring 1989 &#8212; The director, Pascal Idrissi, scouts locations in Malta after "
            "Italian permits are refused. | 3 September 1990 &#8212; Principal photography begins "
            "at the Grand Harbour in Valletta, which is made to serve as the port of Genoa. | "
            "October 1990 &#8212; The unit moves to Mdina; the walled town doubles as Renaissance "
            "Florence for the remaining six weeks. | January 1991 &#8212; The composer Jean-Loup "
            "Marchetti completes the score, including the song &#8220;Salt in the Lamplight&#8221;, "
            "written for the harbour montage. | 12.04.1991 &#8212; &#8220;Salt in the "
            "Lamplight&#8221;, sung by Corinne Vasseur, is issued as a single in France and "
            "Germany. | May 1991 &#8212; The film opens in Paris; notices "
            "are respectful but cool.",
            "LIST: June 1991 &#8212; The single reaches number two on the German Media Control "
            "chart, held off the top by a novelty record. | 29 June 1991 &#8212; The song peaks at "
            "No. 11 in the UK Singles Chart, its highest position outside continental Europe. | "
            "July 1991 &#8212; The soundtrack album, <em>Bleu M&#233;ridien</em>, enters the French "
            "album chart, reaching fifth place; it is certified gold by the SNEP in December. | 1992 &#8212; The single is certified platinum by "
            "the BVMI; in France the SNEP awards it gold. | 1994 &#8212; An English-language "
            "remake is announced and subsequently abandoned. | 2016 &#8212; A 4K restoration "
            "premieres at Cannes Classics.",
            "H: Notes on the chronology",
            "The date of the French single release is disputed; a Vasseur fan club newsletter "
            "gives 15 April. The earlier date, which appears on the label's own release sheet, "
            "has been preferred.",
            "It should also be noted that Vasseur, who was born in Li&#232;ge, was not the first "
            "choice for the song: Marchetti had written it with a male voice in mind, and a demo "
            "with the actor Luc Ferrand is said to survive. Neither this recording nor an "
            "alternative theme, &#8220;Porta Nuova&#8221;, was used in the finished film.",
            "The harbour montage itself runs to a little over three minutes and is embedded above "
            "from the 2016 restoration.",
        ],
        video="yt:M3r1d1anBlu",
        film=("Meridian Blue", 1991),
        tracks=["Salt in the Lamplight"],
        people=[
            ("Salt in the Lamplight", "Jean-Loup Marchetti", "composer"),
            ("Salt in the Lamplight", "Corinne Vasseur", "performer"),
        ],
        albums=["Bleu Méridien"],
        peaks=[
            ("Salt in the Lamplight", 2, "germany_media_control"),
            ("Salt in the Lamplight", 11, "uk_singles"),
            ("Bleu Méridien", 5, "other:French album chart"),
        ],
        certs=[
            ("Salt in the Lamplight", "platinum", 1, "bvmi"),
            ("Salt in the Lamplight", "gold", 1, "snep"),
            ("Bleu Méridien", "gold", 1, "snep"),
        ],
        places=["Grand Harbour", "Mdina"],
        stood=[
            ("Grand Harbour", "the port of Genoa"),
            ("Mdina", "Renaissance Florence"),
        ],
    ),
    post(
        "static-valentine-fan-archive-faq-aw",
        "blogger",
        "Static Valentine Archive: Frequently Asked Questions",
        [
            "Welcome to the FAQ. Before e-mailing the archive, please check whether your question "
            "has been answered below. Questions about the unreleased director's cut are answered "
            "at the bottom of the page (short version: it does not exist).",
            "H: Q. What is the song in the roller-rink montage?",
            "A. It is &#8220;Radio Heartache&#8221; by the Voltaires. This is far and away the "
            "question we are asked most often, usually by people who have heard it on a "
            "compilation and cannot remember where from.",
            "H: Q. Who wrote it?",
            "A. The writing credit belongs solely to the band's keyboard player, Mickey Szabo. "
            "The singer, Dee Ambrose, is sometimes credited online as a co-writer; she was not, "
            "and has said so in at least two interviews.",
            "H: Q. Was it a hit?",
            "A. Very much so. On the Billboard Hot 100 it went to No. 5 in June 1984. It did even "
            "better in Canada, peaking at number 2 on the RPM chart, and it was a number one "
            "record in Australia on the Kent Music Report. Contrary to a persistent rumour it "
            "did not chart in the UK at all.",
            "H: Q. Was there a soundtrack album?",
            "A. Yes: <em>Static Valentine: Songs from the Motion Picture</em> (Crosstown Records). "
            "It got as far as number 18 on the Billboard 200 and was eventually certified "
            "platinum by the RIAA. The single itself went platinum in Canada too (the "
            "certification was issued by CRIA, the body now known as Music Canada).",
            "H: Q. Is there a second song in the montage?",
            "A. Yes. The last thirty seconds, after the couple collide, use &#8220;Skate "
            "Date&#8221;, a B-side by the same band. Unlike the hit, this one was written by "
            "Szabo together with Ambrose.",
            "H: Q. Where was the rink?",
            "A. The rink scenes were shot at the Moonlight Rollerway in Glendale, California, "
            "which is still open. The film claims to be set in Toledo, Ohio; nothing in it was "
            "shot there.",
            "H: Q. Is the song in the film the same as the single?",
            "A. Not quite. The film version is about forty seconds shorter and lacks the second "
            "verse. The full-length version is the one on the album.",
            "H: Q. Where can I watch the montage?",
            "A. The clip above is the official upload. Please do not send us links to bootleg "
            "copies.",
            "H: Q. What about the director's cut?",
            "A. See above. There is no director's cut. The director, Barry Lentz, has been "
            "asked about it since 1986 and has denied its existence every time.",
        ],
        video="yt:St4t1cVa1en",
        film=("Static Valentine", 1984),
        tracks=["Radio Heartache", "Skate Date"],
        people=[
            ("Radio Heartache", "Voltaires", "performer"),
            ("Radio Heartache", "Mickey Szabo", "composer"),
            ("Skate Date", "Voltaires", "performer"),
            ("Skate Date", "Mickey Szabo", "composer"),
            ("Skate Date", "Dee Ambrose", "composer"),
        ],
        albums=["Static Valentine: Songs from the Motion Picture"],
        peaks=[
            ("Radio Heartache", 5, "billboard_hot_100"),
            ("Radio Heartache", 2, "canada_rpm"),
            ("Radio Heartache", 1, "australia_kent"),
            ("Static Valentine: Songs from the Motion Picture", 18, "billboard_200"),
        ],
        certs=[
            ("Static Valentine: Songs from the Motion Picture", "platinum", 1, "riaa"),
            ("Radio Heartache", "platinum", 1, "music_canada"),
        ],
        places=["Moonlight Rollerway"],
    ),
    post(
        "cartographers-daughter-audio-guide-aw",
        "ghost",
        "Audio guide, stop 12: The Cartographer's Daughter",
        [
            "<em>Transcript of stop 12 of the audio guide to the exhibition &#8220;Maps in "
            "Motion: Cinema and the Surveyed World&#8221;. Duration 3 minutes 40 seconds.</em>",
            "Welcome to stop twelve. In front of you is a large screen showing an excerpt from "
            "<em>The Cartographer's Daughter</em>, a film made in 1967 by the Austrian director "
            "Konrad Lindtner. You may wish to take a seat on the bench while you listen.",
            "The film tells the story of Elsa, the daughter of a surveyor in the Austro-Hungarian "
            "port of Trieste, who completes her father's unfinished map of the coast after his "
            "death. It is set in the years just before the First World War, although you will "
            "notice that very little in the excerpt tells us so. Lindtner was interested, above "
            "all, in the act of drawing.",
            "What you are watching is known as the map-drawing montage. Over roughly five "
            "minutes, we see Elsa's hand, her pens, her inks, the measuring chain laid out on the "
            "floor of her room, and the slow appearance of a coastline on paper. Notice that we "
            "never see her face. Notice, too, that the camera never moves; every change comes "
            "from the cut.",
            "Listen now to the sound. There is music here, but it is very quiet, and it was "
            "added late. The original plan, according to Lindtner's diaries, which are displayed "
            "in the case to your right, was to have no music at all, only the scratch of the pen. "
            "Many visitors find the scratching the most memorable part.",
            "If you look at the wall beside the screen you will see three of the drawings that "
            "were used in the film. They were made not by the actress, Hanna Leitgeb, but by a "
            "retired surveyor from Graz, whose name Lindtner never recorded. Her hand, in the "
            "close-ups, is his.",
            "Before you move on, take one more look at the final shot of the montage: the map is "
            "finished, and the window behind it is dark. Lindtner said in a 1971 interview that "
            "this was the only shot in the film he was entirely happy with.",
            "When you are ready, please continue to stop thirteen, in the next room, where we "
            "turn from the drawing of maps to the reading of them.",
        ],
        video="vimeo:77120934",
        film=("The Cartographer's Daughter", 1967),
    ),
    post(
        "rust-belt-lullaby-syllabus-week-aw",
        "hugo",
        "FILM 3320 Week 9: Rust Belt Lullaby and the post-industrial montage",
        [
            "H: Week 9 (10 and 12 March): The industrial elegy",
            "This week we turn from the city symphony to its belated and melancholy successor: "
            "the montage of the abandoned works. Our central text is <em>Rust Belt Lullaby</em> "
            "(2009), directed by Marisa Kowalczyk, a film that has been much admired and much "
            "disliked in roughly equal measure.",
            "H: Screening (Tuesday, 7 p.m., Room B12)",
            "<em>Rust Belt Lullaby</em> (USA, 2009, 112 min.). Please watch the whole film; the "
            "excerpt embedded on this page is for revision only.",
            "H: Required readings",
            "LIST: Halloran, M. &#8220;Ruin Lust and the Rust Belt.&#8221; <em>Film Quarterly</em> "
            "63.2 (2009): 18&#8211;27. | Ortega, L. <em>Montage after Industry</em> (2014), ch. 4. "
            "| Kowalczyk, M. &#8220;Shooting the Furnace&#8221; (interview), course reader pp. "
            "201&#8211;9.",
            "H: Recommended",
            "LIST: Edensor, chapter on industrial ruins (on reserve) | Review essays in the "
            "<em>Cineaste</em> symposium of autumn 2009 (available through the library database)",
            "H: Notes for the week",
            "The montage we will examine in Thursday's class runs from approximately 01:02:00 to "
            "01:06:30. It was shot at the Carrie Blast Furnaces in Rankin, Pennsylvania, and on the "
            "main street of nearby Braddock. The film is set in Youngstown, Ohio, during the "
            "closures of 1977, and Braddock stands in for 1970s Youngstown throughout; Kowalczyk "
            "explains in the assigned interview why no shooting took place in Ohio itself.",
            "The sequence is scored to &#8220;Furnace Light&#8221;, composed for the film by "
            "Teresa Wojcik and performed by the Pittsburgh chamber-folk group Iron City Quiet. "
            "Kowalczyk originally cut the sequence to a popular song of the period, which could "
            "not be cleared; you should consider whether the substitution changes what the "
            "montage means.",
            "H: Listening",
            "The cue is also available on <em>Furnace Light: Music from Rust Belt Lullaby</em>, "
            "the soundtrack album (on reserve in the Music Library), which reached No. 14 on "
            "Billboard's soundtrack chart. The title track is the only piece we will discuss; "
            "the remainder of the album is optional. Note that the interior shots of the "
            "montage come from the Pump House in Homestead, across the river.",
            "H: Discussion questions",
            "LIST: Is the montage nostalgic, critical, or both? | What is gained and lost by the "
            "use of a newly composed piece rather than a period song? | How does the location "
            "(a preserved industrial heritage site) affect our reading of the images as "
            "&#8216;ruins&#8217;?",
            "H: Assessment",
            "Response papers (750 words) on this week's readings are due on Friday 13 March by "
            "5 p.m. via the course site. Late work will be penalised as set out in the course "
            "handbook.",
        ],
        video="yt:RbL9xQ2vK0m",
        film=("Rust Belt Lullaby", 2009),
        tracks=["Furnace Light"],
        people=[
            ("Furnace Light", "Teresa Wojcik", "composer"),
            ("Furnace Light", "Iron City Quiet", "performer"),
        ],
        albums=["Furnace Light: Music from Rust Belt Lullaby"],
        peaks=[
            ("Furnace Light: Music from Rust Belt Lullaby", 14, "billboard_soundtracks")
        ],
        places=["Carrie Blast Furnaces", "Braddock", "Pump House"],
        stood=[("Braddock", "1970s Youngstown")],
    ),
    post(
        "velvet-quarry-book-review-aw",
        "substack",
        "Review: Quarry Songs: Sound and Stone in Velvet Quarry",
        [
            "<strong>Harriet Dunmore, <em>Quarry Songs: Sound and Stone in Velvet Quarry</em>. "
            "Bloomington: Limestone University Press, 2022. xii + 286 pp. $35.00 (paper).</strong>",
            "Monographs devoted to a single soundtrack remain comparatively rare, and those "
            "devoted to a soundtrack of the middle rank rarer still. Dunmore's study of "
            "<em>Velvet Quarry</em> (1977), a modest coming-of-age drama directed by Lyle "
            "Hammersmith, is therefore to be welcomed, even where its claims exceed its evidence.",
            "The book's first part, on production, is its strongest. Dunmore has made exemplary "
            "use of the call sheets to establish that the swimming sequences were filmed in the "
            "flooded limestone quarries around Bedford, Indiana, and that the town scenes were "
            "shot at Oolitic, a few miles to the north; the often-repeated claim that the film "
            "was made in Minnesota is thereby laid to rest (pp. 31&#8211;48).",
            "The second part concerns the film's single hit. &#8220;Limestone Lover&#8221;, "
            "written by the Nashville songwriter Gus Ferrante and recorded by Della Marchbanks, "
            "accompanies the summer montage that is the film's centrepiece. Dunmore documents its "
            "commercial history in detail: a peak of No. 12 on the Billboard Hot 100 and of No. 3 "
            "on the Adult Contemporary chart, in the autumn of 1977. She is more tentative, "
            "rightly, about the song's supposed influence on later soundtrack practice. A second "
            "montage cue, the instrumental &#8220;Swimming Hole Shuffle&#8221; by the film's "
            "composer Orville Teague, receives a chapter of its own; the reader learns that the "
            "diving shots it accompanies were taken at the Empire Quarry, the source of the "
            "stone for a rather famous New York building.",
            "The soundtrack LP, released without a distinct title and known simply by the film's "
            "name, is treated in chapter 5. Its peak (thirtieth place on the Billboard 200) is "
            "given, as is its gold certification from the RIAA, awarded in 1979. One wishes that "
            "Dunmore had said more about the album's other eleven tracks, which are dismissed in a "
            "paragraph as &#8220;filler&#8221;.",
            "The third part, on reception, is weaker. Much is made of a 1978 fan letter "
            "(reproduced on p. 211) that attributes the writer's decision to become a geologist to "
            "the film; it is charming, but it cannot bear the weight placed upon it. Nor is the "
            "chapter on Marchbanks's subsequent career, which includes a long account of a song "
            "she declined to record for a later film, obviously relevant.",
            "These reservations notwithstanding, the volume will be of use to scholars of the "
            "1970s soundtrack and to anyone with an interest in regional filmmaking. The "
            "illustrations are well chosen, and the index is reliable.",
        ],
        video="yt:VqU4rrY77lo",
        film=("Velvet Quarry", 1977),
        tracks=["Limestone Lover", "Swimming Hole Shuffle"],
        people=[
            ("Limestone Lover", "Gus Ferrante", "composer"),
            ("Limestone Lover", "Della Marchbanks", "performer"),
            ("Swimming Hole Shuffle", "Orville Teague", "composer"),
        ],
        albums=["Velvet Quarry soundtrack"],
        peaks=[
            ("Limestone Lover", 12, "billboard_hot_100"),
            ("Limestone Lover", 3, "billboard_adult_contemporary"),
            ("Velvet Quarry soundtrack", 30, "billboard_200"),
        ],
        certs=[("Velvet Quarry soundtrack", "gold", 1, "riaa")],
        places=["Bedford", "Oolitic", "Empire Quarry"],
    ),
    post(
        "orchid-freeway-conference-abstract-aw",
        "medium",
        "Abstract: Toll Music: Infrastructure and Song in Orchid Freeway (2012)",
        [
            "<em>Paper presented to Panel 7B, &#8220;Sounding the City&#8221;, at the annual "
            "conference of the Society for Cinema and Sound Studies.</em>",
            "This paper considers the representation of urban infrastructure in the montage "
            "sequences of <em>Orchid Freeway</em> (2012), the second feature of the Thai-French "
            "director Nattapong Ducasse. The film, a speculative thriller set in a near-future "
            "Kuala Lumpur, has attracted attention principally for its visual design; its "
            "soundtrack has been comparatively neglected, and it is with the latter that the "
            "present paper is concerned.",
            "Particular attention is paid to the film's central montage, in which a single night "
            "of traffic through an automated tollbooth is compressed into six minutes. The "
            "sequence was filmed in Yaowarat, Bangkok's Chinatown, which was made to stand in for "
            "the future Kuala Lumpur of the narrative by means of extensive digital augmentation. "
            "It is scored to &#8220;Tollbooth Aria&#8221;, a setting for soprano and processed "
            "field recordings composed by Mireille Okonkwo-Laurent.",
            "It is argued that the aforementioned cue performs a double function. On the one hand, "
            "its incorporation of recorded engine noise collapses the conventional distinction "
            "between score and sound effect; on the other, its operatic vocal line reintroduces a "
            "humanist register that the images themselves withhold. Drawing on recent work on "
            "&#8220;infrastructural listening&#8221; (Larkin 2013; Sterne 2015), the paper "
            "proposes that the sequence be read not as a critique of automation but as an "
            "ambivalent lament for the human labour it displaces.",
            "The paper further situates the film within a wider cycle of Southeast Asian "
            "productions of the early 2010s in which real cities are digitally disguised as other "
            "real cities, and asks what is lost when the specific sound of a place (in this case, "
            "the street markets of Yaowarat, audible in unprocessed takes preserved on the "
            "Blu-ray) is removed in post-production. Comparison is made with the treatment of "
            "ambient sound in two earlier films by the same director.",
            "Keywords: montage; infrastructure; film music; sound design; Southeast Asian cinema.",
            "<em>Presenter: Dr. Kavita Rensburg, Department of Film and Media. Duration: 20 "
            "minutes, followed by questions.</em>",
        ],
        video="vimeo:204517769",
        film=("Orchid Freeway", 2012),
        tracks=["Tollbooth Aria"],
        people=[("Tollbooth Aria", "Mireille Okonkwo-Laurent", "composer")],
        places=["Yaowarat"],
        stood=[("Yaowarat", "the future Kuala Lumpur of the narrative")],
    ),
    post(
        "understudys-waltz-music-glossary-aw",
        "squarespace",
        "A glossary of the music of The Understudy's Waltz",
        [
            "The terms below are those most frequently encountered in writing about the music of "
            "<em>The Understudy's Waltz</em> (1999), Kasimir Dorn's backstage drama about a "
            "provincial operetta company. Entries are arranged alphabetically; cross-references "
            "are given in small capitals in the printed edition and in bold here.",
            "H: Curtain Call Waltz",
            "The film's principal theme, composed by Benedikt Aurel and recorded by the Viennese "
            "salon orchestra Kapelle Ostwind. It is heard in fragments throughout and in full only "
            "once, over the <strong>rehearsal montage</strong>. Aurel, born in Graz in 1958, "
            "described it as &#8220;a waltz that keeps forgetting it is a waltz&#8221;.",
            "H: Greasepaint",
            "A cabaret song performed on screen by the actress and singer Lotte Marais, who also "
            "wrote its lyric; the music is Aurel's. Not to be confused with the unused song "
            "&#8220;Powder Room&#8221;, which survives only as a piano sketch.",
            "H: Original Score",
            "Short title of the soundtrack album, issued in full as <em>The Understudy's Waltz "
            "(Original Score)</em>. The latter reached number eight on <em>Billboard</em>'s Top "
            "Soundtracks chart in the spring of 2000, an unusual showing for an album of "
            "orchestral music by a European composer. At home it did better still: the album was "
            "certified gold by IFPI Austria, and the waltz, released as a single, reached No. 12 "
            "on the &#214;3 Austria Top 40.",
            "H: Rehearsal montage",
            "The sequence (approx. 00:52&#8211;00:58) in which the understudy, Klara, learns the "
            "lead role in the course of a single week. The stage and auditorium seen in it are "
            "those of the Theater an der Wien, which stands in for a Budapest operetta house; "
            "the backstage corridors were built on a sound stage in Munich.",
            "H: Stage Door Blues",
            "A short, jazz-inflected cue, composed by Aurel and played by the pianist Tomasz "
            "Wierzba, heard as Klara leaves the theatre after her first rehearsal. It was "
            "included on the album as a bonus track.",
            "H: Tempo rubato",
            "The expressive pulling and pushing of tempo characteristic of the Viennese waltz "
            "tradition; in the film the device is exaggerated in the <strong>Curtain Call "
            "Waltz</strong> to suggest Klara's uncertainty. The degree of rubato decreases with "
            "each reprise, until the final performance is played, as Aurel put it, "
            "&#8220;almost like a march&#8221;.",
            "H: Understudy theme",
            "An informal name, used by some critics, for the four-bar motif that opens the "
            "<strong>Curtain Call Waltz</strong>. It is not a separate composition.",
        ],
        video="yt:Und3rStdyWz",
        film=("The Understudy's Waltz", 1999),
        tracks=["Curtain Call Waltz", "Greasepaint", "Stage Door Blues"],
        people=[
            ("Curtain Call Waltz", "Benedikt Aurel", "composer"),
            ("Curtain Call Waltz", "Kapelle Ostwind", "performer"),
            ("Greasepaint", "Lotte Marais", "performer"),
            ("Greasepaint", "Lotte Marais", "composer"),
            ("Greasepaint", "Benedikt Aurel", "composer"),
            ("Stage Door Blues", "Benedikt Aurel", "composer"),
            ("Stage Door Blues", "Tomasz Wierzba", "performer"),
        ],
        albums=["The Understudy's Waltz (Original Score)"],
        peaks=[
            ("The Understudy's Waltz (Original Score)", 8, "billboard_soundtracks"),
            ("Curtain Call Waltz", 12, "other:Ö3 Austria Top 40"),
        ],
        certs=[("The Understudy's Waltz (Original Score)", "gold", 1, "ifpi")],
        places=["Theater an der Wien"],
        stood=[("Theater an der Wien", "a Budapest operetta house")],
    ),
    post(
        "kingfisher-summer-soundtrack-chronology-aw",
        "gutenberg",
        "Kingfisher Summer: a chronology of the soundtrack's release history",
        [
            "The release history of the music from <em>Kingfisher Summer</em> (1983) is more "
            "tangled than its reputation as a single hit song would suggest. What follows is an "
            "attempt to set it out in order, with chart and certification data drawn from the "
            "official sources where these exist.",
            "H: 1982",
            "November: the song &#8220;Kingfisher (Fly Away)&#8221; is written by the singer Tamsin "
            "Holloway in collaboration with the session guitarist Rex Danvers, at the request of "
            "the film's director, Giles Ockendon, for the riverbank montage. The sequence itself "
            "has already been filmed, in August, on the River Wey at Shalford.",
            "H: 1983",
            "LIST: 7 March &#8212; Holloway's recording is issued as a single by Halcyon Records, "
            "three weeks ahead of the film. | April &#8212; The single tops the UK Singles Chart for "
            "three weeks. | 16 April &#8212; The soundtrack LP, <em>Kingfisher Summer: Original "
            "Soundtrack</em>, is released; it climbs to No. 3 on the UK Albums Chart in May. | "
            "Summer &#8212; The single reaches no. 4 in Australia (Kent Music Report) and ninth "
            "place in West Germany (Media Control). | September &#8212; The film's belated American "
            "release helps the song to a peak of 17 on the Billboard Hot 100, and to number 28 in "
            "Canada's RPM chart.",
            "H: 1984",
            "LIST: January &#8212; The BPI certifies the single gold. | March &#8212; ARIA awards "
            "the single a platinum disc. | June &#8212; The album is certified double platinum in "
            "the UK by the BPI.",
            "H: 1997",
            "The album is reissued on compact disc with four additional cues by the film's "
            "composer of incidental music, Harold Pym. These had not previously been released in "
            "any form, and their inclusion prompted a brief return to the lower reaches of the "
            "budget-album charts, not recorded here.",
            "H: 2013",
            "For the film's thirtieth anniversary a remastered vinyl edition is pressed; a planned "
            "remix of the single, by a producer whose name was never announced, is withdrawn.",
            "H: A note on sources",
            "Dates of release are taken from the label's catalogue; chart positions from the "
            "published charts of the relevant weeks. Certification dates for Australia in the "
            "1980s are not always recoverable, and the month given above should be treated with "
            "caution. Holloway, born in Reading, has said she cannot remember when she received "
            "the aforementioned Australian award, only that it arrived broken.",
        ],
        video="yt:KfSumm3r_83",
        film=("Kingfisher Summer", 1983),
        tracks=["Kingfisher (Fly Away)"],
        people=[
            ("Kingfisher (Fly Away)", "Tamsin Holloway", "composer"),
            ("Kingfisher (Fly Away)", "Rex Danvers", "composer"),
            ("Kingfisher (Fly Away)", "Tamsin Holloway", "performer"),
        ],
        albums=["Kingfisher Summer: Original Soundtrack"],
        peaks=[
            ("Kingfisher (Fly Away)", 1, "uk_singles"),
            ("Kingfisher Summer: Original Soundtrack", 3, "uk_albums"),
            ("Kingfisher (Fly Away)", 4, "australia_kent"),
            ("Kingfisher (Fly Away)", 9, "germany_media_control"),
            ("Kingfisher (Fly Away)", 17, "billboard_hot_100"),
            ("Kingfisher (Fly Away)", 28, "canada_rpm"),
        ],
        certs=[
            ("Kingfisher (Fly Away)", "gold", 1, "bpi"),
            ("Kingfisher (Fly Away)", "platinum", 1, "aria"),
            ("Kingfisher Summer: Original Soundtrack", "platinum", 2, "bpi"),
        ],
        places=["Shalford"],
    ),
    post(
        "neon-psalm-magazine-explainer-aw",
        "ghost",
        "Explainer: why everyone is talking about the night-bus montage in Neon Psalm",
        [
            "<em>It is the sequence that launched a thousand edits. Here is everything you need "
            "to know.</em>",
            "H: First, what is Neon Psalm?",
            "<em>Neon Psalm</em> (2015) is the debut feature of the London director Yewande "
            "Coker: ninety-four minutes, one night, three strangers and a church choir that "
            "nobody asked for. It premiered at the London Film Festival and has since become, in "
            "the way of these things, a mood board.",
            "H: And the montage?",
            "About two-thirds of the way through, the trio ride the night bus from one end of "
            "the city to the other. The journey is cut to two pieces of music back to back, and "
            "it is the reason you have seen the film's stills on every third tote bag in Hackney.",
            "H: What is the first song?",
            "&#8220;Hallelujah Hotline&#8221;, the gospel-inflected single by Kez Adeyemi, who "
            "wrote it with her producer, Danny Oyelaran. It went to number six in the UK and "
            "number two in Ireland, and the BPI has since certified it platinum. Adeyemi, who "
            "grew up in Croydon, has described it as &#8220;a hymn for people who are awake at "
            "four a.m. for bad reasons&#8221;.",
            "H: And the second?",
            "The comedown: &#8220;Night Bus Vespers&#8221;, a hushed choral piece sung by Orla "
            "Finnerty and written by the choirmaster Gerard Nwosu. It was not released as a single, which is a shame, and it did not chart, "
            "which is not a surprise.",
            "H: Where was it shot?",
            "Here is the twist. The sequence looks like south London through and through, and "
            "partly it is: the market stalls are on Rye Lane in Peckham. But the wide shots of "
            "the bus pulling through crowds were filmed in Glasgow, where the Barras market "
            "played south London after the production ran out of permits. Look for the "
            "sandstone.",
            "H: Is there a soundtrack album?",
            "Not officially. A playlist exists; it does not count.",
            "H: So why does it matter?",
            "Because it is a rare thing: a montage that uses pop music without simply selling "
            "it. The cut from the single to the choir is the film's argument in a single edit. "
            "That, and the coats. Mostly the coats.",
        ],
        video="yt:N30nPsa1m15",
        film=("Neon Psalm", 2015),
        tracks=["Hallelujah Hotline", "Night Bus Vespers"],
        people=[
            ("Hallelujah Hotline", "Kez Adeyemi", "performer"),
            ("Hallelujah Hotline", "Kez Adeyemi", "composer"),
            ("Hallelujah Hotline", "Danny Oyelaran", "composer"),
            ("Night Bus Vespers", "Orla Finnerty", "performer"),
            ("Night Bus Vespers", "Gerard Nwosu", "composer"),
        ],
        peaks=[
            ("Hallelujah Hotline", 6, "uk_singles"),
            ("Hallelujah Hotline", 2, "other:Irish Singles Chart"),
        ],
        certs=[("Hallelujah Hotline", "platinum", 1, "bpi")],
        places=["Rye Lane", "Barras"],
        stood=[("Barras", "south London")],
    ),
    post(
        "dust-on-the-marquee-restoration-report-aw",
        "handmade",
        "Restoration report: Dust on the Marquee (1971)",
        [
            "H: Summary",
            "This report describes the photochemical and digital restoration of <em>Dust on the "
            "Marquee</em> (dir. Walt Hendry, 1971), undertaken between January 2020 and June 2021. "
            "The work was carried out from the original camera negative, which had been presumed "
            "lost until its identification in a studio vault in 2018, together with a "
            "35mm fine-grain master and two release prints.",
            "H: Condition of the elements",
            "LIST: Camera negative: vinegar syndrome at an early stage (A-D strip level 1.5); "
            "shrinkage of 0.9 per cent; reels 3 and 7 affected by water damage along one edge | "
            "Fine-grain master: good, but with printed-in dirt throughout the second reel | "
            "Optical soundtrack negative: complete, with moderate crackle | Release prints: both "
            "heavily faded to magenta",
            "H: Picture",
            "The negative was scanned at 4K on a wet-gate scanner. Reels 3 and 7, which contain "
            "the greater part of the film's exteriors, required the most attention. These were "
            "shot in Marfa, Texas, which plays the fictional railroad town of Aurelio, New "
            "Mexico, and in the nearby settlement of Valentine, whose water tower is visible in "
            "the opening shot; a handful of pick-up shots were made in Alpine. Grading references were taken from the director's surviving "
            "colour notes and from a set of frame clippings held by the cinematographer's "
            "estate.",
            "H: Sound",
            "Particular care was required in the treatment of the projection-booth montage in "
            "reel 5, in which the ageing projectionist (played by Ray Tolliver) runs the town's "
            "last picture show. The sequence was filmed inside the Plaza Theatre in El Paso, "
            "which doubles as the Aurelio Bijou, and "
            "is scored to &#8220;Picture Palace Blues&#8221;, a song written and performed by the "
            "country singer Hank Orrell. The optical track for this reel was found to be "
            "distorted at high levels; a magnetic music stem, located among Orrell's papers, was "
            "used as a reference for the restoration of the recording, although the final mix "
            "was derived from the optical negative alone. The montage ends with a brief "
            "instrumental, &#8220;Intermission Rag&#8221;, also an Orrell composition but played "
            "by the Tumbleweed Five; its surviving magnetic source was in better condition.",
            "H: Decisions not taken",
            "No attempt was made to remove the visible splice at 01:12:04, which is present on "
            "all surviving elements and is believed to reflect a cut made before release. The "
            "mono mix was retained; a stereo remix, proposed by the distributor, was declined.",
            "H: Deliverables",
            "LIST: 4K DCP (24 fps, 1.85:1) | 35mm preservation negative, recorded out from the "
            "restored files | Archival DPX sequence and 96 kHz WAV stems | This report, "
            "together with the condition notes for every reel",
            "The restored version premiered at the Austin Film Festival in October 2021; the "
            "excerpt above is taken from the restored files.",
        ],
        video="vimeo:611820045",
        film=("Dust on the Marquee", 1971),
        tracks=["Picture Palace Blues", "Intermission Rag"],
        people=[
            ("Picture Palace Blues", "Hank Orrell", "composer"),
            ("Picture Palace Blues", "Hank Orrell", "performer"),
            ("Intermission Rag", "Hank Orrell", "composer"),
            ("Intermission Rag", "Tumbleweed Five", "performer"),
        ],
        places=["Marfa", "Valentine", "Alpine", "Plaza Theatre"],
        stood=[
            ("Marfa", "the fictional railroad town of Aurelio, New Mexico"),
            ("Plaza Theatre", "the Aurelio Bijou"),
        ],
    ),
    post(
        "harvest-radio-licensing-case-study-aw",
        "wp_classic",
        "Case study: licensing Combine Moon for Harvest Radio (2006)",
        [
            "H: Background",
            "This case study examines the synchronisation licence negotiated for the use of an "
            "independent recording in the harvest montage of <em>Harvest Radio</em> (2006), a "
            "Canadian-American co-production directed by Leah Stromberg. It is used in the second "
            "module of the course to illustrate the negotiation of a master-use licence where the "
            "rights holder is a small independent label.",
            "The recording in question, &#8220;Combine Moon&#8221;, had been released in 2004 by "
            "the Winnipeg band Prairie Telegraph on their second album, <em>Grain Elevator "
            "Hymns</em>, issued by the band's own label. Both the composition and the lyric were "
            "the work of the band's singer, Wes Lindqvist.",
            "H: The negotiation",
            "The film's music supervisor first approached the band in March 2005. Two rights had "
            "to be cleared: the publishing (held by Lindqvist personally) and the master (held by "
            "the label, of which Lindqvist was a co-owner). A flat fee of US$18,000 was agreed for "
            "worldwide rights in all media in perpetuity; no back-end participation was secured. "
            "The supervisor's first-choice song, a well-known country standard, had been refused "
            "on the grounds of cost.",
            "The montage was filmed in the wheat fields outside Rouleau, Saskatchewan, which "
            "stood in for Kansas; the production had been drawn to the province by its tax "
            "credit, as the case study's appendix sets out.",
            "H: Outcome",
            "The commercial effect of the placement is the principal lesson of the case. "
            "Following the film's release in September 2006, &#8220;Combine Moon&#8221; entered "
            "the Billboard Hot 100 for the first time, peaking at No. 33, and reached No. 4 on "
            "Billboard's Adult Alternative Songs chart; in the band's home country it rose to "
            "No. 18 on the Canadian Hot 100. It was certified gold by the RIAA in 2007, and gold "
            "by Music Canada the same year. "
            "The parent album, meanwhile, re-entered the market and reached a peak of 52 on the "
            "Billboard 200.",
            "None of this income, it should be observed, flowed from the synchronisation fee, "
            "which had been fixed in advance; it derived instead from sales and airplay, from "
            "which the band, as owners of both rights, benefited in full.",
            "H: Questions for discussion",
            "LIST: Should the band have sought a back-end participation, and would the producers "
            "have agreed? | To what extent was the outcome a consequence of owning the master? | "
            "How would the negotiation have differed had the band been signed to a major label?",
        ],
        video="yt:HrvR4d10_06",
        film=("Harvest Radio", 2006),
        tracks=["Combine Moon"],
        people=[
            ("Combine Moon", "Prairie Telegraph", "performer"),
            ("Combine Moon", "Wes Lindqvist", "composer"),
        ],
        albums=["Grain Elevator Hymns"],
        peaks=[
            ("Combine Moon", 33, "billboard_hot_100"),
            ("Combine Moon", 4, "other:Billboard Adult Alternative Songs"),
            ("Combine Moon", 18, "other:Canadian Hot 100"),
            ("Grain Elevator Hymns", 52, "billboard_200"),
        ],
        certs=[
            ("Combine Moon", "gold", 1, "riaa"),
            ("Combine Moon", "gold", 1, "music_canada"),
        ],
        places=["Rouleau"],
        stood=[("Rouleau", "Kansas")],
    ),
    post(
        "breakwater-sound-design-sidebar-aw",
        "jekyll",
        "Sidebar 7.3: Building a storm in Breakwater",
        [
            "H: Sidebar 7.3: Layering weather in a montage",
            "The storm montage in <em>Breakwater</em> (1994), directed by Ailsa McCrone, is often "
            "used in teaching to illustrate how a sense of mounting danger can be constructed "
            "almost entirely in the mix. Readers who have worked through section 7.2, on "
            "perspective and distance, will recognise several of the techniques described there.",
            "The sequence lasts just under three minutes and contains no dialogue. It was filmed "
            "over four days at the Heugh Breakwater in Hartlepool, in weather that was, by the "
            "accounts of the crew, considerably calmer than it appears on screen. Almost every "
            "sound in the finished montage was therefore created or recorded separately.",
            "LIST: Layer 1, the bed: a continuous low rumble made from slowed recordings of surf, "
            "pitched down by roughly an octave. | Layer 2, the impacts: individual wave strikes, "
            "recorded on the Northumberland coast and synchronised by hand to the images. | "
            "Layer 3, the wind: three separate wind tracks, panned so that the gusts appear to "
            "move across the screen. | Layer 4, the score: a slow, rising cue for low strings.",
            "The last of these layers is the cue &#8220;Groundswell&#8221;, composed by Ingrid "
            "Solheim. Note how it enters: not on a cut, but under a sustained wind gust, so that "
            "the listener becomes aware of the music only once it is already present. Solheim "
            "has explained that she wrote the cue after the effects had been laid, and tuned its "
            "lowest note to the pitch of the surf bed.",
            "Students should also attend to what is absent. There are no gulls, no foghorn and "
            "no engine noise from the lifeboat that appears in the final shot, which is heard "
            "only after the montage has ended. The omission of these expected sounds is, the "
            "supervising sound editor has said, what gives the sequence its unreal quality.",
            "H: Exercise",
            "Using any storm footage available to you, build a mix of no more than four layers. "
            "Introduce the music last, and try to make its entrance imperceptible. Then remove "
            "one layer at a time and note what changes. Compare your result with the sequence "
            "embedded above.",
        ],
        video="yt:Br3akW4t3r9",
        film=("Breakwater", 1994),
        tracks=["Groundswell"],
        people=[("Groundswell", "Ingrid Solheim", "composer")],
        places=["Heugh Breakwater"],
    ),
]
