"""Round 23, set AR: twenty posts by a forty-fifth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. A fan wiki's song article with an infobox (British editor).
    post(
        "lanterns-over-harwich-song-article-ar",
        "wp_classic",
        "Lanterns Over Harwich",
        [
            '<strong>"Lanterns Over Harwich"</strong> is a 1979 song by the English folk-rock '
            "band The Mallow Sisters, written by Ruth Castellane and Dennis Oyelaran-Pike. It was "
            "recorded for <em>Copper Tide</em>, Oona Fairbrass's drama about a failing fishing "
            "co-operative, and issued as the lead single from the soundtrack album <em>Copper Tide: "
            "Original Soundtrack</em>.",
            "LIST: Artist: The Mallow Sisters | Album: <em>Copper Tide: Original Soundtrack</em> | "
            "Released: 14 September 1979 | Recorded: July 1979, Tollgate Studios, Lewes | "
            "Genre: Folk rock | Length: 3:51 | Label: Greyfriar | "
            "Songwriter(s): Ruth Castellane &#183; Dennis Oyelaran-Pike | Producer(s): Alan Voss",
            "H: Background and writing",
            "Castellane had the melody as early as 1977, two years before anyone asked her for a "
            "film song. In a 2004 interview she said the title was lifted from a ferry timetable "
            "pinned above her piano in Ipswich, and admitted she had never set foot in Harwich "
            "itself.[3] Oyelaran-Pike, the band's bassist, supplied the second verse and the "
            'bridge. An earlier lyric, provisionally called "Tide Tables", was abandoned during '
            "the sessions and has never been released.",
            "H: Use in <em>Copper Tide</em>",
            "The song accompanies the four-minute sequence in which the crew rebuild the trawler "
            "<em>Marigold</em> over a single winter. The screenplay sets the story on the Essex "
            "coast, but the sequence was filmed in North Yorkshire: Staithes doubled for the "
            "fictional village of Saltmarsh End, and the slipway shots were made at the Coble "
            "Landing in Filey.[5] Fairbrass cut the sequence to the single edit rather than the "
            "longer album version, a choice the band reportedly disliked.",
            "H: Chart performance",
            "Released in mid-September, the single entered the UK chart in its second week on "
            "sale and spent eleven weeks in the top 75; it fared better still in Ireland. There "
            "was no American release, Greyfriar having no US distributor at the time. The "
            "soundtrack album climbed to number 19 on the UK Albums Chart in October 1979.",
            "<table><tr><th>Chart (1979&#8211;1980)</th><th>Peak<br>position</th></tr>"
            "<tr><td>Australia (Kent Music Report)</td><td>31</td></tr>"
            "<tr><td>Canada Top Singles (<em>RPM</em>)</td><td>22</td></tr>"
            "<tr><td>Irish Singles Chart (IRMA)</td><td>4</td></tr>"
            "<tr><td>UK Singles (OCC)</td><td>7</td></tr></table>",
            "H: Certifications",
            "LIST: United Kingdom (BPI): Silver &#8212; 250,000 units",
            "H: Legacy",
            "The song was left off both of the band's later compilations and was largely "
            "forgotten until 2011, when a television documentary on British coastal cinema used "
            "the montage as its closing sequence. Castellane, now living in Aldeburgh, performs "
            "it occasionally at folk clubs, usually with an apology for the key.",
        ],
        video="yt:Qm7LhTr2xWc",
        film=("Copper Tide", 1979),
        tracks=["Lanterns Over Harwich"],
        people=[
            ("Lanterns Over Harwich", "The Mallow Sisters", "performer"),
            ("Lanterns Over Harwich", "Ruth Castellane", "composer"),
            ("Lanterns Over Harwich", "Dennis Oyelaran-Pike", "composer"),
        ],
        albums=["Copper Tide: Original Soundtrack"],
        peaks=[
            ("Lanterns Over Harwich", 31, "australia_kent"),
            ("Lanterns Over Harwich", 22, "canada_rpm"),
            ("Lanterns Over Harwich", 4, "other:Irish Singles Chart"),
            ("Lanterns Over Harwich", 7, "uk_singles"),
            ("Copper Tide: Original Soundtrack", 19, "uk_albums"),
        ],
        certs=[("Lanterns Over Harwich", "silver", 1, "bpi")],
        places=["Staithes", "Coble Landing"],
        stood=[("Staithes", "the fictional village of Saltmarsh End")],
    ),
    # 2. A timeline of a song's life, year by year (American fan).
    post(
        "half-a-mile-of-summer-timeline-ar",
        "gutenberg",
        "Half a Mile of Summer: a year-by-year timeline",
        [
            "Every so often somebody emails to ask when exactly the <em>Neon Orchard</em> song "
            "came out, or whether it was a hit before the movie or because of it. So here is the "
            "whole life of &#8220;Half a Mile of Summer,&#8221; one year at a time, pieced "
            "together from liner notes, old trade magazines and one very long phone call with "
            "the drummer.",
            "H: 1984",
            "Dana Whitlock, still playing four nights a week in Tulsa bars, writes the chorus on "
            "the back of a setlist. Marcus Tell, her guitarist, adds the verses that summer. The "
            "demo runs two minutes fifty and is, by her own account, &#8220;terrible.&#8221;",
            "H: 1985",
            "Director Gil Amberson hears the demo through a friend of a friend and builds the "
            "orchard montage around it before the song is even finished. Filming runs through "
            "October. The pickers-at-dawn shots happen in an apple orchard outside Watsonville; "
            "the carnival half of the montage is on the Santa Cruz Beach Boardwalk after the "
            "rides had closed for the season, with a last shot of the couple out on the Santa "
            "Cruz Wharf.",
            "H: 1986",
            "LIST: March &#8212; <em>Neon Orchard</em> opens on six hundred screens. | "
            "April &#8212; Redbank Records puts the single out, backed with an instrumental take "
            "of the same tune. | June &#8212; Whitlock's record tops out at No. 14 on the "
            "Billboard Hot 100, after three straight weeks at No. 3 on the adult contemporary "
            "chart. | August &#8212; the soundtrack LP, <em>Neon Orchard: Music from the Motion "
            "Picture</em>, climbs as high as 41 on the Billboard 200.",
            "H: 1987",
            "February brings a gold certification from the RIAA for the single. Whitlock tours "
            "on it all year and, she says, is sick of it by about Labor Day.",
            "H: 1988",
            "The soundtrack album finally goes gold as well, mostly on the strength of one song "
            "and, let's be honest, a very good cover photo.",
            "H: 1989&#8211;1999",
            "A quiet decade. Whitlock's own second album misses the Billboard 200 altogether, "
            "Tell moves to Nashville to write for other people, and the film lives on cable. "
            "The song turns up at a lot of weddings.",
            "H: 2006",
            "A twentieth-anniversary screening at the Castro Theatre in San Francisco. Whitlock "
            "plays it solo, on acoustic, a good deal slower than the record.",
            "H: Today",
            "Still no streaming release of the full soundtrack, which is a crime. The single is "
            "up, though. Go and listen.",
        ],
        video="yt:b4Nf_0pKzVe",
        film=("Neon Orchard", 1986),
        tracks=["Half a Mile of Summer"],
        people=[
            ("Half a Mile of Summer", "Dana Whitlock", "performer"),
            ("Half a Mile of Summer", "Dana Whitlock", "composer"),
            ("Half a Mile of Summer", "Marcus Tell", "composer"),
        ],
        albums=["Neon Orchard: Music from the Motion Picture"],
        peaks=[
            ("Half a Mile of Summer", 14, "billboard_hot_100"),
            ("Half a Mile of Summer", 3, "billboard_adult_contemporary"),
            ("Neon Orchard: Music from the Motion Picture", 41, "billboard_200"),
        ],
        certs=[
            ("Half a Mile of Summer", "gold", 1, "riaa"),
            ("Neon Orchard: Music from the Motion Picture", "gold", 1, "riaa"),
        ],
        places=["Watsonville", "Santa Cruz Beach Boardwalk", "Santa Cruz Wharf"],
    ),
    # 3. A fan FAQ page (Canadian).
    post(
        "paper-satellites-montage-faq-ar",
        "ghost",
        "Paper Satellites (2004): the rooftop montage FAQ",
        [
            "This page collects the questions that land in our inbox most often about the "
            "rooftop montage in <em>Paper Satellites</em>. If yours isn't here, the comments are "
            "open. (No, we don't know where to buy the jacket.)",
            "H: What's the song during the rooftop montage?",
            "It's &#8220;Static on the Line,&#8221; by Winterbourne. They were a three-piece out "
            "of Halifax and this is by a mile the best-known thing they ever did.",
            "H: Who wrote it?",
            "Priya Vanterpool, Winterbourne's singer, wrote the words and most of the tune. Hugo "
            "Marchetti, who scored the film, shares the credit with her for the bridge, which he "
            "reworked so it would land on the cut to the satellite dish.",
            "H: Is there a second piece of music in there?",
            "Yes. In the last thirty seconds the band drops out and you hear &#8220;Static "
            "(Reprise),&#8221; a short piano piece. Marchetti wrote that one on his own and plays "
            "it himself.",
            "H: Where was the montage filmed?",
            "Montreal, though the film pretends it's Boston. The rooftop is a parking garage in "
            "Mile End, which stands in for Boston's South End, and the final shot &#8212; the kids "
            "dangling their feet over the water &#8212; is at the Lachine Canal. The production "
            "office was in Old Montreal, but nothing in the montage was shot there.",
            "H: Did the song chart?",
            "At home, yes: No. 17 on the Canadian Singles Chart in the spring of 2005. It also "
            "got to 38 in the UK singles chart, thanks to one very keen Radio 1 DJ. In the "
            "States it never cracked the Hot 100, even though the movie did decently there.",
            "H: Is there a soundtrack album?",
            "There is: a single CD on Larchmont Audio, just called the soundtrack, with eleven "
            "songs and three of Marchetti's cues. Music Canada certified it gold in 2006, which "
            "for an indie soundtrack up here was a big deal.",
            "H: Is the movie version different from the album version?",
            "Slightly. The film fades the second chorus early to make room for the reprise. The "
            "CD has the full four minutes and change.",
            "H: Did Winterbourne make another record?",
            "One more, in 2007, which got good reviews and sold about as well as you'd expect. "
            "Vanterpool now teaches music in Dartmouth.",
        ],
        video="vimeo:48213377",
        film=("Paper Satellites", 2004),
        tracks=["Static on the Line", "Static (Reprise)"],
        people=[
            ("Static on the Line", "Winterbourne", "performer"),
            ("Static on the Line", "Priya Vanterpool", "composer"),
            ("Static on the Line", "Hugo Marchetti", "composer"),
            ("Static (Reprise)", "Hugo Marchetti", "composer"),
            ("Static (Reprise)", "Hugo Marchetti", "performer"),
        ],
        albums=["Paper Satellites soundtrack"],
        peaks=[
            ("Static on the Line", 17, "other:Canadian Singles Chart"),
            ("Static on the Line", 38, "uk_singles"),
        ],
        certs=[("Paper Satellites soundtrack", "gold", 1, "music_canada")],
        places=["Mile End", "Lachine Canal"],
        stood=[("Mile End", "Boston's South End")],
    ),
    # 4. A "by the numbers" list (Australian).
    post(
        "ten-thousand-bicycles-by-the-numbers-ar",
        "blogger",
        "Ten Thousand Bicycles, by the numbers",
        [
            "It's twenty-odd years since <em>Ten Thousand Bicycles</em> (1997) had half of Perth "
            "pedalling to the pictures, so here's the film's famous ride-along montage in "
            "figures. Some of these I looked up; some I've known since I was eleven.",
            "<strong>1</strong> song carries the whole sequence: &#8220;Wind at Our "
            "Backs&#8221; by Tamsin &amp; the Long Weekend.",
            "<strong>3:41</strong> is its running time on the single. The film uses about two "
            "and a half minutes of it.",
            "<strong>2</strong> people wrote it: Tamsin Rourke, the band's frontwoman, and Joel "
            "Apanui on keys, who grew up in Rotorua and still reckons the hook was his.",
            "<strong>4</strong> locations, all within an hour's drive of each other:",
            "LIST: South Terrace in Fremantle (the cafe-strip race) | the Narrows Bridge (the "
            "big sunset shot) | Kings Park (the downhill bit every mum in Perth thought was "
            "dangerous) | Rottnest Island (the ending, with the quokka)",
            "<strong>600</strong> bicycles were borrowed from local clubs for the crowd scenes. "
            "Not ten thousand. Sorry.",
            "<strong>5</strong>: where the single peaked on the ARIA Singles Chart, in March 1998.",
            "<strong>19</strong> weeks in that top 50.",
            "<strong>2&#215;</strong> platinum, the ARIA certification for the single by the "
            "end of that year.",
            "<strong>12</strong>: its best placing on the New Zealand Singles Chart, which, "
            "given Joel, the band treated as a home win.",
            "<strong>0</strong> weeks on the UK charts. It came out there, to nobody.",
            "<strong>9</strong>: the soundtrack's peak on the ARIA Albums Chart. That album, "
            "<em>Ten Thousand Bicycles: Songs from the Film</em>, also went gold.",
            "<strong>14</strong> takes for the Narrows Bridge shot, according to the making-of, "
            "because a bus kept getting in the way.",
            "<strong>1</strong> quokka, name unknown, who did not sign a release form.",
            "And <strong>1</strong> director, Lachlan Perrott, who has spent the rest of his "
            "career being asked about bicycles at parties.",
        ],
        video="yt:Zt9-wRk3LpA",
        film=("Ten Thousand Bicycles", 1997),
        tracks=["Wind at Our Backs"],
        people=[
            ("Wind at Our Backs", "Tamsin & the Long Weekend", "performer"),
            ("Wind at Our Backs", "Tamsin Rourke", "composer"),
            ("Wind at Our Backs", "Joel Apanui", "composer"),
        ],
        albums=["Ten Thousand Bicycles: Songs from the Film"],
        peaks=[
            ("Wind at Our Backs", 5, "other:ARIA Singles Chart"),
            ("Wind at Our Backs", 12, "other:New Zealand Singles Chart"),
            (
                "Ten Thousand Bicycles: Songs from the Film",
                9,
                "other:ARIA Albums Chart",
            ),
        ],
        certs=[
            ("Wind at Our Backs", "platinum", 2, "aria"),
            ("Ten Thousand Bicycles: Songs from the Film", "gold", 1, "aria"),
        ],
        places=["South Terrace", "Narrows Bridge", "Kings Park", "Rottnest Island"],
    ),
    # 5. A band's discography entry (Irish).
    post(
        "harrow-lamps-discography-glasshouse-heart-ar",
        "medium",
        "The Harrow Lamps: a discography, part two",
        [
            "Second instalment of the Harrow Lamps discography I've been building since the "
            "Cork reissue label asked me for sleeve notes and then went bust. Part one covered "
            "the two early singles on Lanternfly, neither of which troubled any chart. This part "
            "is about the one that did.",
            "H: LF 1127 &#8212; Glasshouse Heart (1972)",
            "LIST: A-side: Glasshouse Heart | B-side: Ledger Lines | Artist: The Harrow Lamps | "
            "Writers: Fintan Dowd / Nora Keaveney-Bright | Producer: Teddy Morrow | "
            "Label: Lanternfly LF 1127 (UK &amp; Ireland); Carraway 45-2210 (US) | "
            "Released: 3 March 1972 | Parent album: <em>Songs from Saltwater Ledger</em>",
            "The A-side was written to order. Dowd was handed a rough cut of <em>Saltwater "
            "Ledger</em>, Ciar&#225;n Mulvey's film about a bookkeeper who inherits an island, "
            "and told he had a week. He and Keaveney-Bright finished it in three days in the back "
            "room of her mother's pub in Kinsale, and the version in the montage is the first "
            "take.",
            "The B-side is the film's instrumental theme, credited to Dowd alone and played by "
            "the band with a borrowed harmonium. It's on the album too, a minute longer.",
            "H: Chart positions",
            "LIST: Irish Singles Chart: 2 (kept off the top by a showband record for three weeks "
            "running) | Dutch Top 40: 6 | UK Singles Chart: 12 | US, Billboard Hot 100: 58",
            "H: Notes",
            "1. The 7-inch edit fades about twenty seconds earlier than the film version; the "
            "full take only appears on the album.",
            "2. The montage itself, with the island's ledgers being carried up from the harbour, "
            "was shot on Inishmore, and the sleeve photograph comes from the same afternoon.",
            "3. Early US pressings misspell the band as &#8216;The Harrow Lambs&#8217;. These now "
            "fetch more than the correct ones, naturally.",
            "4. A German pressing exists with a picture sleeve but I have never seen one in the "
            "flesh. If you have, write to me.",
            "H: Coming in part three",
            "The album sessions in London, the tour with nobody in the audience, and why Dowd "
            "left in the spring of 1973.",
        ],
        video="yt:Hc2VnY8oQdu",
        film=("Saltwater Ledger", 1972),
        tracks=["Glasshouse Heart", "Ledger Lines"],
        people=[
            ("Glasshouse Heart", "The Harrow Lamps", "performer"),
            ("Glasshouse Heart", "Fintan Dowd", "composer"),
            ("Glasshouse Heart", "Nora Keaveney-Bright", "composer"),
            ("Ledger Lines", "Fintan Dowd", "composer"),
            ("Ledger Lines", "The Harrow Lamps", "performer"),
        ],
        albums=["Songs from Saltwater Ledger"],
        peaks=[
            ("Glasshouse Heart", 2, "other:Irish Singles Chart"),
            ("Glasshouse Heart", 6, "other:Dutch Top 40"),
            ("Glasshouse Heart", 12, "uk_singles"),
            ("Glasshouse Heart", 58, "billboard_hot_100"),
        ],
        places=["Inishmore"],
    ),
    # 6. A table comparing the film cut and the album cut (American audio nerd).
    post(
        "lighthouse-accountant-film-cut-album-cut-ar",
        "squarespace",
        "Film cut vs. album cut: Counting the Light",
        [
            "I've owed the forum this one for a while. <em>The Lighthouse Accountant</em> (1991) "
            "is a small film, but its montage, in which Anders the auditor slowly gives up on "
            "his spreadsheets and learns to tend the lamp, hangs on one song, and the song you "
            "hear in the theater is not the song you bought.",
            "That song is &#8220;Counting the Light,&#8221; which Tobias Wren wrote, with Maren "
            "Solvik on vocals. Wren was a jingle writer out of Minneapolis at the time and he plays the "
            "piano on both versions; Solvik had sung backup on other people's records for a "
            "decade and this was her first lead.",
            "H: Side by side",
            "<table><tr><th></th><th>Film cut</th><th>Album cut</th></tr>"
            "<tr><td>Length</td><td>2:48</td><td>4:22</td></tr>"
            "<tr><td>Key</td><td>D major</td><td>E major</td></tr>"
            "<tr><td>Intro</td><td>Cold open on the vocal</td><td>16 bars of acoustic guitar</td></tr>"
            "<tr><td>Guitar solo</td><td>None</td><td>Elias Borck, 24 bars</td></tr>"
            "<tr><td>Backing vocals</td><td>None</td><td>Solvik, double-tracked</td></tr>"
            "<tr><td>Ending</td><td>Hard cut to the foghorn</td><td>Long fade</td></tr>"
            "<tr><td>Where to find it</td><td>The film only</td><td><em>Beacon Hours: Songs "
            "from The Lighthouse Accountant</em></td></tr></table>",
            "A few notes on that table. The key change isn't a varispeed trick: the album version "
            "was re-recorded in Los Angeles after the film wrapped, because the label felt D sat "
            "too low for radio. Borck's solo is lovely, but it's also most of the reason the album "
            "cut runs a minute and a half longer.",
            "H: Which one charted?",
            "The album cut, which was also the single. It made No. 8 on Billboard's Adult "
            "Contemporary list and stalled at 33 on the Hot 100, respectable for a song from a "
            "film that played maybe two hundred screens. <em>Beacon Hours</em> itself went gold "
            "(RIAA) a couple of years later, largely on video-store word of mouth.",
            "H: And the pictures?",
            "The montage was shot in Nova Scotia rather than Maine, where the story takes place. "
            "Peggy's Cove stands in for the fictional Maine harbor of Gannet Point, and the "
            "lighthouse interior is a set built in a warehouse in Lunenburg. Once you know, the "
            "granite gives it away.",
            "H: My verdict",
            "Film cut, every time. The hard stop on the foghorn is the whole point of the "
            "sequence, and no fade-out can compete with it.",
        ],
        video="vimeo:118406252",
        film=("The Lighthouse Accountant", 1991),
        tracks=["Counting the Light"],
        people=[
            ("Counting the Light", "Tobias Wren", "composer"),
            ("Counting the Light", "Tobias Wren", "performer"),
            ("Counting the Light", "Maren Solvik", "performer"),
            ("Counting the Light", "Elias Borck", "performer"),
        ],
        albums=["Beacon Hours: Songs from The Lighthouse Accountant"],
        peaks=[
            ("Counting the Light", 8, "billboard_adult_contemporary"),
            ("Counting the Light", 33, "billboard_hot_100"),
        ],
        certs=[
            ("Beacon Hours: Songs from The Lighthouse Accountant", "gold", 1, "riaa")
        ],
        places=["Peggy's Cove", "Lunenburg"],
        stood=[("Peggy's Cove", "the fictional Maine harbor of Gannet Point")],
    ),
    # 7. A glossary of the film's music (British newsletter).
    post(
        "marrow-and-mercury-music-glossary-ar",
        "substack",
        "A glossary for Marrow & Mercury",
        [
            "This week's letter is a bit different. Several of you wrote after the last issue "
            "asking what I meant by &#8216;source cue&#8217; and &#8216;bed&#8217;, and since "
            "<em>Marrow &amp; Mercury</em> (1969) is the film I always end up using as an "
            "example, here is a proper glossary with it as the worked case. Alphabetical, more "
            "or less.",
            "<strong>Bed.</strong> Music laid low under dialogue, meant to be felt rather than "
            "heard. In <em>Marrow &amp; Mercury</em> the bed is &#8220;The Marrow Theme&#8221;, "
            "Lionel Achterberg's slow organ-and-strings piece, which sits under nearly every "
            "scene on the allotment. The Hartley Studio Orchestra played it, with Achterberg "
            "conducting.",
            "<strong>Cut (or lift).</strong> A song recorded for a film and then dropped. The "
            "famous one here is &#8220;Song for a Rainy Whitsun&#8221;, which turns up on "
            "bootlegs but never in the picture.",
            "<strong>LP.</strong> In this context, the soundtrack album. The film's was simply "
            "titled <em>Marrow &amp; Mercury</em>, on the Pelham label, and it got to number 23 "
            "on the UK albums chart early in 1970. Not bad for a record that is half organ music.",
            "<strong>Montage.</strong> A run of short shots that compresses time. The one "
            "everybody remembers is the giant-marrow montage: three minutes of Albert coaxing "
            "the vegetable through a summer, set to &#8220;Quicksilver Parade&#8221;. It was "
            "shot on the backlot at Shepperton Studios with a fibreglass marrow that is now, "
            "apparently, in somebody's garden in Surrey.",
            "<strong>Quicksilver Parade.</strong> See above; it gets its own entry because people "
            "ask. The voice belongs to Jenny Lisle. Achterberg wrote the tune; the words are by "
            "Paddy Fane, who otherwise wrote for radio comedy and never did another film.",
            "<strong>Source cue.</strong> Music that exists inside the story, which the "
            "characters can hear. In the pub scene the jukebox plays &#8220;Pennies for the "
            "Ferryman&#8221;, a record by The Wentworth Kings, a Sheffield beat group who "
            "managed one more single and then vanished. Their guitarist, Colin Marsh, wrote it.",
            "<strong>Sting.</strong> A short musical punctuation mark. Achterberg's is a "
            "three-note brass figure that sounds every time the marrow grows. You will hear it "
            "in your sleep.",
            "<strong>Underscore.</strong> Everything composed for a film that isn't a song. "
            "See <em>bed</em>.",
            "Next week: the word &#8216;needle-drop&#8217;, and why I can't stand it.",
        ],
        video="yt:pX0e4JmRa7s",
        film=("Marrow & Mercury", 1969),
        tracks=["The Marrow Theme", "Quicksilver Parade", "Pennies for the Ferryman"],
        people=[
            ("The Marrow Theme", "Lionel Achterberg", "composer"),
            ("The Marrow Theme", "Hartley Studio Orchestra", "performer"),
            ("Quicksilver Parade", "Jenny Lisle", "performer"),
            ("Quicksilver Parade", "Lionel Achterberg", "composer"),
            ("Quicksilver Parade", "Paddy Fane", "composer"),
            ("Pennies for the Ferryman", "The Wentworth Kings", "performer"),
            ("Pennies for the Ferryman", "Colin Marsh", "composer"),
        ],
        albums=["Marrow & Mercury"],
        peaks=[("Marrow & Mercury", 23, "uk_albums")],
        places=["Shepperton Studios"],
    ),
    # 8. A university syllabus week (American professor); almost no facts.
    post(
        "sound-and-image-syllabus-week-seven-ar",
        "hugo",
        "FMS 214, Week 7: The Montage as Argument",
        [
            "<strong>Course:</strong> FMS 214, Sound and Image in Narrative Film (Spring)<br>"
            "<strong>Instructor:</strong> Dr. R. Okonkwo-Hale<br>"
            "<strong>Meets:</strong> Tuesdays and Thursdays, 2:00&#8211;3:50, Lindqvist Hall 108",
            "H: This week",
            "So far we have treated the montage as a time machine, a way of folding weeks into "
            "minutes. This week we ask a harder question. When a sequence is cut to a song, who "
            "is making the argument: the editor, the songwriter, or the singer? Our test case is "
            "<em>Velvet Arithmetic</em> (1977), Corinne Abelard's underseen comedy about a "
            "failing bookkeeping school in Baltimore.",
            "H: Screening",
            "<em>Velvet Arithmetic</em>, full film, Tuesday in class. On Thursday we will watch "
            "the night-school montage twice, once with sound and once without.",
            "H: Listening",
            "&#8220;Count Me to Morning,&#8221; the song under the night-school montage. Music "
            "and lyrics: Ines Carvalho-Reid. Vocal: Lottie Barrows, a session singer for whom "
            "this is the only screen credit. Listen to it on its own before Thursday, away from "
            "the images, and write down three things it promises.",
            "H: Reading",
            "LIST: Marguerite Tollis, &#8220;Cutting on the Downbeat,&#8221; <em>Sound Theory "
            "Quarterly</em> 12 (1994): 33&#8211;58 | Dev Raman, <em>The Borrowed Pulse: Popular "
            "Song and Film Editing</em>, chapter 4 | Optional: the interview with the film's "
            "editor, Sam Whitcombe, posted on the course site",
            "H: Response paper (due Friday, 11:59 p.m.)",
            "Five hundred words. Pick any twenty seconds of the montage and describe, shot by "
            "shot, where the cuts fall against the music. Then argue: does the song lead the "
            "cuts, or do the cuts lead the song? There is no right answer, but there are lazy "
            "ones.",
            "H: A note before Thursday",
            "Several of you asked last week whether you need to know where things were filmed. "
            "For this course, no: we care about what a sequence does, not what it cost or where "
            "the crew parked. The same goes for chart positions. Interesting, not examinable.",
            "Office hours this week move to Wednesday, 10&#8211;12, because of the faculty "
            "retreat.",
        ],
        video="yt:Lw3uB9nD-kE",
        film=("Velvet Arithmetic", 1977),
        tracks=["Count Me to Morning"],
        people=[
            ("Count Me to Morning", "Ines Carvalho-Reid", "composer"),
            ("Count Me to Morning", "Lottie Barrows", "performer"),
        ],
    ),
    # 9. An auction lot's description (British auction house).
    post(
        "borrowed-thunder-auction-lot-jaguar-ar",
        "jekyll",
        "Lot 214: the Borrowed Thunder Jaguar",
        [
            "<strong>Lot 214</strong><br>A 1963 Fender Jaguar electric guitar, sunburst, with "
            "its original case. The instrument played by Reggie Amadi of The Castlebar Owls in "
            "the seafront sequence of <em>Borrowed Thunder</em> (1968).<br>"
            "<strong>Estimate:</strong> &#163;18,000 &#8211; &#163;25,000",
            "H: Description",
            "This is the guitar Amadi is seen playing throughout the film's best-remembered "
            "sequence, in which the Owls perform &#8216;Holloway Rain&#8217; while the story's "
            "two runaways drift along the coast. Credited to Amadi and Lou Hennessey, the song "
            "was the group's only hit, reaching number 9 in the British singles chart in the "
            "summer of 1968 and number 16 in Canada's RPM chart that autumn.",
            "The sequence was filmed over two days in May 1967 on Brighton's West Pier, then "
            "still open to the public, and along the Undercliff Walk at Rottingdean. Production "
            "stills included in the lot show the guitar on the pier's bandstand.",
            "H: Provenance",
            "Bought new by Amadi from a music shop on Charing Cross Road in 1964. Sold by him in "
            "1979 to the father of the present owner, a session drummer, and kept by the family "
            "until now. Accompanied by a signed letter from Amadi confirming its use in the film.",
            "H: Also included",
            "LIST: Original brown case, worn at the corners | Four black-and-white production "
            "stills, 10 &#215; 8 in. | A framed RIAA gold disc presented to the band for the "
            "soundtrack album <em>Borrowed Thunder (Original Soundtrack)</em>, which reached "
            "No. 27 on the Billboard 200 | A 1968 UK 7-inch single of the song, sleeve creased",
            "H: Condition",
            "Frets show moderate wear; tremolo arm a later replacement. Pickups, pots and wiring "
            "appear original. Finish checking to the top, consistent with age, and a small chip "
            "to the lower horn. Sold as seen; prospective buyers are advised to inspect in "
            "person.",
            "H: Viewing",
            "On view at our Knightsbridge rooms from Friday to the morning of the sale. A "
            "buyer's premium of 25% applies to this lot.",
        ],
        video="yt:rT6yGq1Hh8M",
        film=("Borrowed Thunder", 1968),
        tracks=["Holloway Rain"],
        people=[
            ("Holloway Rain", "The Castlebar Owls", "performer"),
            ("Holloway Rain", "Reggie Amadi", "composer"),
            ("Holloway Rain", "Lou Hennessey", "composer"),
        ],
        albums=["Borrowed Thunder (Original Soundtrack)"],
        peaks=[
            ("Holloway Rain", 9, "uk_singles"),
            ("Holloway Rain", 16, "canada_rpm"),
            ("Borrowed Thunder (Original Soundtrack)", 27, "billboard_200"),
        ],
        certs=[("Borrowed Thunder (Original Soundtrack)", "gold", 1, "riaa")],
        places=["West Pier", "Undercliff Walk"],
    ),
    # 10. A museum label for a costume (British museum); few facts.
    post(
        "glass-semaphore-museum-label-dress-ar",
        "handmade",
        "Object of the month: the Semaphore dress",
        [
            "This month's object comes from our Screen and Stage gallery. Below is the label as "
            "it appears in the case, followed by the longer text from our collections database, "
            "which we are often asked for.",
            "H: Gallery label",
            "<strong>Evening dress</strong><br>Silk chiffon over silk satin, glass bugle beads"
            "<br>Designed by Philippa Marr for <em>The Glass Semaphore</em> (1981)<br>"
            "Worn by Odile Ferrand-Hayes",
            "In the film's ballroom sequence Ferrand-Hayes sings &#8220;A Flag for Every "
            "Window&#8221; in this dress, signalling across the dance floor to a lover she is "
            "forbidden to speak to. The scene was filmed at Lyme Park, Cheshire, over four nights "
            "in the winter of 1980.",
            "<em>Given by the designer, 2009. T.2009.114</em>",
            "H: From the collections database",
            "Marr made two versions of the dress. The first, cut close to the body, proved "
            "impossible to dance in and was remade in three days with a bias-cut skirt. Only the "
            "second survives. Its beads, around eleven thousand of them, were sewn by hand by a "
            "team of four in Marr's Bermondsey workroom.",
            "The weight of the beading has pulled the chiffon at the shoulders, and the dress is "
            "displayed on a padded mount to spread the load. It will be rested after six months "
            "on display and replaced by a costume from the same designer's archive.",
            "Visitors sometimes ask whether this is the dress on the film's poster. It is not: "
            "the poster shows a costume test photographed in a studio before the final fabric "
            "arrived, which is why it looks grey rather than silver.",
            "<strong>Where to see it:</strong> Gallery 40, case 6. The case is lit at a low "
            "level to protect the silk; please allow your eyes a moment to adjust.",
        ],
        video="vimeo:76550913",
        film=("The Glass Semaphore", 1981),
        tracks=["A Flag for Every Window"],
        people=[("A Flag for Every Window", "Odile Ferrand-Hayes", "performer")],
        places=["Lyme Park"],
    ),
    # 11. A festival programme note (Scottish).
    post(
        "kestrel-weather-festival-programme-note-ar",
        "wp_classic",
        "Kestrel Weather: Sunday matinee, Screen 2",
        [
            "<strong>Kestrel Weather</strong><br>Dir. Morag Lindqvist &#183; UK 2009 &#183; "
            "104 min &#183; 12A<br>With Ewan Dalgleish, Kirsty Vass, Tom Arkwright",
            "Fifteen years on, it's easy to forget how unfashionable Morag Lindqvist's film "
            "seemed when it opened: a story about a hill farm in decline, told over one wet "
            "year, with no villain beyond the weather and no romance to speak of. It found its "
            "audience slowly, on DVD and in village halls, and it has never really left.",
            "Most people who love it love it for one sequence. Two-thirds of the way through, "
            "the whole glen turns out for the autumn gather, and Lindqvist lets it run for "
            "nearly five minutes under a single song, &#8216;The Long Gather&#8217;. Shona "
            "Beaton sings, with the Tollbooth Band behind her; she had written it the winter "
            "before for a ceilidh on Lewis, never imagining it on a cinema screen.",
            "The gather was filmed in Glen Etive, which plays the film's fictional Glen Corrach, "
            "and the river crossing that ends the sequence is the Sligachan Old Bridge on Skye, "
            "a spot that will be familiar to anyone who has queued there for a photograph.",
            "The song did well on its own, reaching 31 in the UK singles chart, and Beaton's "
            "recording later anchored the soundtrack album, <em>Kestrel Weather: Songs and "
            "Score</em>.",
            "Stay for the end credits, where Beaton returns alone with &#8216;Harvest of "
            "Gulls&#8217;, another song of her own, slower and bleaker, which sends you out "
            "into the afternoon in exactly the right mood.",
            "Lindqvist will take questions after the screening, chaired by our programmer Iain "
            "Rennie. Part of our strand <em>Weather Permitting: Films of the Scottish Hills</em>, "
            "presented in a new 4K restoration.",
            "Running time with the Q&amp;A is roughly two and a half hours. Tea and shortbread "
            "in the foyer afterwards, weather permitting.",
        ],
        video="yt:kV8sE2oWn_Q",
        film=("Kestrel Weather", 2009),
        tracks=["The Long Gather", "Harvest of Gulls"],
        people=[
            ("The Long Gather", "Shona Beaton", "performer"),
            ("The Long Gather", "Tollbooth Band", "performer"),
            ("The Long Gather", "Shona Beaton", "composer"),
            ("Harvest of Gulls", "Shona Beaton", "performer"),
            ("Harvest of Gulls", "Shona Beaton", "composer"),
        ],
        albums=["Kestrel Weather: Songs and Score"],
        peaks=[("The Long Gather", 31, "uk_singles")],
        places=["Glen Etive", "Sligachan Old Bridge"],
        stood=[("Glen Etive", "the film's fictional Glen Corrach")],
    ),
    # 12. A location scout's report (American scout).
    post(
        "orchard-thieves-location-scout-report-ar",
        "gutenberg",
        "From the files: my scout report for The Orchard Thieves",
        [
            "I scouted <em>The Orchard Thieves</em> in the spring of 1994 for a production that "
            "had, at the time, no money and a great many apples; the film came out the following "
            "year, in 1995. Going through boxes last month "
            "I found my original report, typed and coffee-stained. Here it is, lightly cleaned "
            "up, with notes in brackets on what happened after.",
            "H: Location 1: Bodie, Mono County",
            "LIST: Script need: the boomtown of Hollis Flat, 1890s, abandoned | Access: state "
            "historic park; permits through State Parks, strict rules on touching anything | "
            "Light: best before 10 a.m., wind after 2 | Verdict: YES",
            "[We shot here for six days. Bodie doubled for Hollis Flat with almost no set "
            "dressing; the art department mostly took things away.]",
            "H: Location 2: Virginia City, Nevada",
            "LIST: Script need: backup for Hollis Flat | Verdict: NO, too much of it is open for "
            "business",
            "H: Location 3: South Tufa, Mono Lake",
            "LIST: Script need: the dream sequence | Access: easy, short walk from the lot | "
            "Verdict: YES, if we can keep tourists out of frame",
            "[We couldn't, entirely. Watch the left edge of the second dream shot.]",
            "H: Location 4: Lundy Canyon",
            "LIST: Script need: the Oregon backcountry, for the escape | Verdict: YES, in "
            "October, for the aspens",
            "[The aspens came through. Lundy Canyon plays Oregon in the finished film and nobody "
            "from Oregon has ever complained.]",
            "H: Location 5: Convict Lake",
            "LIST: Script need: the campfire night | Verdict: YES, but bring heaters",
            "[We used it for two nights. The heaters did not help.]",
            "H: Location 6: apple orchards, Sebastopol, Sonoma County",
            "LIST: Script need: the harvest montage (sc. 41&#8211;47) | Owner contact: "
            "(redacted) | Verdict: YES, and Gravensteins ripen in August, so schedule accordingly",
            "[This is the one people ask about. The harvest montage was filmed in a single August "
            "week in an orchard outside Sebastopol, and Lyle Dornan's &#8220;Gravenstein "
            "Girl&#8221; was played back on set so the pickers could move in time. Dornan wrote "
            "it in about a day after visiting us there, and sings it himself. It's the only song "
            "in the film.]",
            "H: Afterword",
            "There was never a soundtrack release. Dornan put &#8220;Gravenstein Girl&#8221; on "
            "his next record, <em>Low Fences</em>, two years later, and that's still the only "
            "place to hear it outside the film.",
        ],
        video="yt:J1dZa5cP0tF",
        film=("The Orchard Thieves", 1995),
        tracks=["Gravenstein Girl"],
        people=[
            ("Gravenstein Girl", "Lyle Dornan", "composer"),
            ("Gravenstein Girl", "Lyle Dornan", "performer"),
        ],
        albums=["Low Fences"],
        places=["Bodie", "South Tufa", "Lundy Canyon", "Convict Lake", "Sebastopol"],
        stood=[("Bodie", "Hollis Flat"), ("Lundy Canyon", "Oregon")],
    ),
    # 13. A production call sheet, written up (New Zealand second AD).
    post(
        "slow-lightning-call-sheet-day-fourteen-ar",
        "ghost",
        "Call sheet, day 14: Slow Lightning",
        [
            "I was second AD on <em>Slow Lightning</em> (2012), and I've kept every call sheet. People "
            "keep asking about the day we shot the truck montage, so here's day 14, written up "
            "from the sheet, with what actually happened.",
            "<strong>Production:</strong> Slow Lightning<br><strong>Day:</strong> 14 of 38<br>"
            "<strong>Unit call:</strong> 0600<br><strong>Sunrise / sunset:</strong> 0718 / 1951"
            "<br><strong>Weather:</strong> fine early, southerly change after 3pm",
            "H: Locations",
            "<strong>Loc 1:</strong> Buckingham Street, Arrowtown. EXT. MAIN STREET, CLEARWATER, "
            "MONTANA, 1956. Road closure 0700&#8211;1300.<br><strong>Loc 2:</strong> Moke Lake. "
            "EXT. LAKESHORE, DUSK.<br><strong>Weather cover:</strong> Skippers Canyon road "
            "(INT. TRUCK, process).",
            "So Buckingham Street was doubling for Clearwater, Montana, with the shopfronts "
            "dressed and a couple of old Fords trucked in from Invercargill.",
            "H: Scenes",
            "LIST: Sc. 88, the montage: the Tussock Lanes play &#8216;Kettle Black Sky&#8217; off "
            "the back of Hank's truck as it rolls down the main street (playback) | Sc. 89: Ruth "
            "and Dell argue outside the bank; the radio in the bank plays &#8216;Ten to "
            "Midnight&#8217;, also the Tussock Lanes and another of Hemi's songs, from their album "
            "<em>Southerly</em> | Sc. 102: the lakeshore, Dell alone",
            "H: Special requirements",
            "Playback rig and the band's instruments on the flatbed. Band to mime. Vocal from "
            "the record, which was already out and already a hit here: it had got to No. 4 on "
            "the Official New Zealand Music Chart the month before and went gold by the time we "
            "wrapped.",
            "H: What actually happened",
            "The southerly came through at eleven, not three. We got the montage in the can with "
            "forty minutes to spare and the road reopened late, which the council did not love. "
            "We never went near Skippers: Moke Lake in the rain turned out to be better than "
            "Moke Lake at dusk, and that's the version in the film.",
            "Hemi Karaitiana-Wells, who wrote &#8216;Kettle Black Sky&#8217;, came down for the "
            "day and stood behind the camera mouthing along. He'd written it in Dunedin years "
            "before, about a storm over the Maniototo, and said it was strange to see it in "
            "Montana.",
            "That call sheet has been on my fridge for ten years.",
        ],
        video="yt:u9Ym4Bx7LqR",
        film=("Slow Lightning", 2012),
        tracks=["Kettle Black Sky", "Ten to Midnight"],
        people=[
            ("Kettle Black Sky", "The Tussock Lanes", "performer"),
            ("Kettle Black Sky", "Hemi Karaitiana-Wells", "composer"),
            ("Ten to Midnight", "The Tussock Lanes", "performer"),
            ("Ten to Midnight", "Hemi Karaitiana-Wells", "composer"),
        ],
        albums=["Southerly"],
        peaks=[("Kettle Black Sky", 4, "other:Official New Zealand Music Chart")],
        certs=[("Kettle Black Sky", "gold", 1, "other")],
        places=["Buckingham Street", "Moke Lake"],
        stood=[("Buckingham Street", "Clearwater, Montana")],
    ),
    # 14. A music-licensing cue sheet (Indian music supervisor).
    post(
        "harbour-of-small-hours-cue-sheet-ar",
        "blogger",
        "What a cue sheet looks like: Harbour of Small Hours",
        [
            "Friends keep asking what exactly I do all day, so today I am sharing, with the "
            "producer's kind permission, the music cue sheet I prepared for <em>Harbour of Small "
            "Hours</em> (2001), the little Mumbai film that did so well at festivals. Cue sheets "
            "are the boring paper that makes sure composers get paid. Every piece of music heard "
            "in a film goes on it, with who wrote it, who published it, how long it plays and "
            "how it is used.",
            "H: The cue sheet",
            "<table><tr><th>Cue</th><th>Title</th><th>Composer(s)</th><th>Performer</th>"
            "<th>Usage</th><th>Timing</th></tr>"
            "<tr><td>1M1</td><td>Small Hours (Main Title)</td><td>Anjali Mehra-Doyle</td>"
            "<td>&#8212;</td><td>BI</td><td>1:42</td></tr>"
            "<tr><td>3M2</td><td>Salt on the Window</td><td>Rafael Quintero, Anjali "
            "Mehra-Doyle</td><td>Nisha Kapadia</td><td>BV</td><td>3:05</td></tr>"
            "<tr><td>5M4</td><td>Dhow Song at Dusk</td><td>Traditional, arr. A. Mehra-Doyle</td>"
            "<td>The Konkan Strings</td><td>BI</td><td>0:58</td></tr>"
            "<tr><td>7M1</td><td>Night Ferry to Elephanta</td><td>Farrokh Batliwala</td>"
            "<td>The Colaba Sundays</td><td>VV</td><td>2:11</td></tr></table>",
            "Publisher for all four: Tidewater Music, administered through the usual society.",
            "H: How to read it",
            "<strong>Cue number:</strong> 3M2 means reel 3, the second music cue on that reel."
            "<br><strong>Usage:</strong> BI is background instrumental, BV background vocal, VV "
            "visual vocal, meaning somebody on screen is seen singing.",
            "So 7M1 is VV because the Colaba Sundays actually appear in the film, playing at the "
            "wedding on the terrace. Farrokh is their bass player as well as their songwriter, "
            "and you can see him at the back, looking worried.",
            "H: The famous one",
            "3M2, &#8216;Salt on the Window&#8217;, is the montage everybody remembers: Meera "
            "walking the docks at four in the morning. It was filmed at Sassoon Dock, with the "
            "last shot at the Gateway of India just as the sun comes up. Nisha sang it in one "
            "take in a small studio in Andheri, and Rafael wrote the melody on a harmonium in "
            "the production office.",
            "And before anyone asks: despite the song title, Elephanta is nowhere in the film. "
            "We never got permission to shoot there.",
            "H: Why it matters",
            "If &#8216;Dhow Song at Dusk&#8217; had been marked composer unknown instead of "
            "traditional, the society would have held those royalties for years while somebody "
            "went looking. Get your cue sheets right, friends. It is dull work, but someone's "
            "rent depends on it.",
        ],
        video="yt:Fe2Rk-8sWvN",
        film=("Harbour of Small Hours", 2001),
        tracks=[
            "Small Hours (Main Title)",
            "Salt on the Window",
            "Dhow Song at Dusk",
            "Night Ferry to Elephanta",
        ],
        people=[
            ("Small Hours (Main Title)", "Anjali Mehra-Doyle", "composer"),
            ("Salt on the Window", "Rafael Quintero", "composer"),
            ("Salt on the Window", "Anjali Mehra-Doyle", "composer"),
            ("Salt on the Window", "Nisha Kapadia", "performer"),
            ("Dhow Song at Dusk", "The Konkan Strings", "performer"),
            ("Night Ferry to Elephanta", "Farrokh Batliwala", "composer"),
            ("Night Ferry to Elephanta", "The Colaba Sundays", "performer"),
        ],
        places=["Sassoon Dock", "Gateway of India"],
    ),
    # 15. A trivia page (American).
    post(
        "dandelion-protocol-trivia-ar",
        "medium",
        "Twelve bits of trivia about The Dandelion Protocol",
        [
            "I rewatched <em>The Dandelion Protocol</em> (1979) last weekend and fell down the "
            "usual rabbit hole. Here's what came up, in no particular order.",
            "<strong>1.</strong> It was nearly called <em>Seed Count</em>. Director Walt "
            "Brennicke hated that title so much he threatened to take his name off the picture.",
            "<strong>2.</strong> The montage where Elsa smuggles the microfilm across the city "
            "inside a bag of dandelion seeds runs exactly 2 minutes 40 seconds.",
            "<strong>3.</strong> The song under that montage, &#8220;Paper Parachutes,&#8221; "
            "was written by Ulrich Vossberg in English, because, as he put it, German spies in "
            "American films always sing in English anyway. His band, Die Blauen Stunden, cut it "
            "in a single afternoon in Hamburg.",
            "<strong>4.</strong> In West Germany it went all the way: number one on the Media "
            "Control chart, five weeks at the top, and a BVMI gold award before the film had even "
            "opened in the States.",
            "<strong>5.</strong> In Britain, it peaked at 14. Here, where the film was actually "
            "the hit, the song only got to 46 on the Hot 100. Go figure.",
            "<strong>6.</strong> The story takes place in East Berlin, but the montage was shot "
            "in West Berlin, along the Landwehr Canal. The rooftop chase that ends it was filmed "
            "on Teufelsberg, which plays an East German radar station.",
            "<strong>7.</strong> The exchange at the very end of the sequence, the one everybody "
            "thinks is Checkpoint Charlie, is the Glienicke Bridge.",
            "<strong>8.</strong> The studio wanted a different song entirely. &#8220;Grey Skies "
            "Over Bonn&#8221; was demoed and dropped after one test screening.",
            "<strong>9.</strong> Kathrin Oberlander, who plays Elsa, was born in Graz and speaks "
            "four languages; all the German in the film is her own, unsubtitled ad-libs included.",
            "<strong>10.</strong> The soundtrack LP, <em>The Dandelion Protocol: Original Motion "
            "Picture Soundtrack</em>, has a nine-minute version of the song with a spoken "
            "section that was cut from the film.",
            "<strong>11.</strong> Brennicke has a cameo on the U-Bahn, reading a newspaper upside "
            "down. It's deliberate. Probably.",
            "<strong>12.</strong> The seeds were real, and the crew spent weeks finding them in "
            "their equipment afterwards.",
        ],
        video="yt:aN5cT0yUi3G",
        film=("The Dandelion Protocol", 1979),
        tracks=["Paper Parachutes"],
        people=[
            ("Paper Parachutes", "Ulrich Vossberg", "composer"),
            ("Paper Parachutes", "Die Blauen Stunden", "performer"),
        ],
        albums=["The Dandelion Protocol: Original Motion Picture Soundtrack"],
        peaks=[
            ("Paper Parachutes", 1, "germany_media_control"),
            ("Paper Parachutes", 14, "uk_singles"),
            ("Paper Parachutes", 46, "billboard_hot_100"),
        ],
        certs=[("Paper Parachutes", "gold", 1, "bvmi")],
        places=["Landwehr Canal", "Teufelsberg", "Glienicke Bridge"],
        stood=[("Teufelsberg", "an East German radar station")],
    ),
    # 16. A children's "fact file" (British).
    post(
        "bramble-and-the-moon-balloon-fact-file-ar",
        "squarespace",
        "FACT FILE: Bramble and the Moon Balloon",
        [
            "Hello, film detectives! This week's Fact File is all about a film your mum and dad "
            "might have watched when THEY were little. Get your notebooks ready!",
            "H: The basics",
            "<strong>Film:</strong> Bramble and the Moon Balloon<br><strong>Came out:</strong> "
            "1999<br><strong>How long:</strong> 88 minutes (just right for a rainy afternoon)"
            "<br><strong>Who's in it:</strong> Ellie Marchbank as Bramble, Roy Tull as Grandad, "
            "and a very grumpy goose",
            "H: The best bit",
            "Bramble and her grandad build a hot-air balloon out of old bedsheets and a picnic "
            "basket. While they work, we hear a song called &#8220;Higher Than the "
            "Hedgerows&#8221;. The singer is Poppy Tranter, and she was only twelve when she "
            "recorded it! The words and the music were both written by Gus Mellanby, who also "
            "made up the little tune the goose honks along to.",
            "H: Where was it filmed?",
            "LIST: <strong>Portmeirion</strong>, a colourful village in Wales. In the film it "
            "pretends to be the Kingdom of Thistledown! | <strong>Ashton Court</strong>, near "
            "Bristol, where real balloons take off every summer. That's where the balloon lifts "
            "off. | The goose scenes were filmed on a farm, but nobody will tell us which one. "
            "Top secret!",
            "H: Amazing facts",
            "LIST: &#8220;Higher Than the Hedgerows&#8221; went all the way to number 6 in the "
            "UK singles chart. | Over in Ireland it did even better and reached number 3 on the "
            "Irish Singles Chart. | So many people bought it that it got a silver disc from the "
            "BPI. | You can find it on the film's soundtrack CD, <em>Moon Balloon Songs</em>. | "
            "The balloon in the film was real, but it was tied to a tractor so it couldn't float "
            "away. | The goose was called Derek.",
            "H: Quiz time!",
            "LIST: What did Bramble use to make her balloon? | How old was Poppy Tranter when "
            "she sang the song? | Which Welsh village pretends to be Thistledown?",
            "Answers next week. No peeking!",
        ],
        video="vimeo:203391584",
        film=("Bramble and the Moon Balloon", 1999),
        tracks=["Higher Than the Hedgerows"],
        people=[
            ("Higher Than the Hedgerows", "Poppy Tranter", "performer"),
            ("Higher Than the Hedgerows", "Gus Mellanby", "composer"),
        ],
        albums=["Moon Balloon Songs"],
        peaks=[
            ("Higher Than the Hedgerows", 6, "uk_singles"),
            ("Higher Than the Hedgerows", 3, "other:Irish Singles Chart"),
        ],
        certs=[("Higher Than the Hedgerows", "silver", 1, "bpi")],
        places=["Portmeirion", "Ashton Court"],
        stood=[("Portmeirion", "the Kingdom of Thistledown")],
    ),
    # 17. A record shop's stock card (English shop owner).
    post(
        "thunder-in-the-paper-mill-stock-card-ar",
        "substack",
        "Stock card #0412: the Paper Mill soundtrack",
        [
            "Every record that comes through the shop gets a card: an index card, handwritten, "
            "filed in the box by the till. Most are dull. Some turn into a whole afternoon. This "
            "week's newsletter is one of those, a clean copy of the soundtrack to <em>Thunder in "
            "the Paper Mill</em> (1980) that came in with a house clearance in Ilkley, plus what "
            "I found out while pricing it.",
            "H: The card",
            "<strong>Title:</strong> <em>Paper Mill Nights: Music from Thunder in the Paper "
            "Mill</em><br><strong>Artist:</strong> Various / Harvey Quist (score)<br>"
            "<strong>Label / cat.:</strong> Halcyon Wire HWL 2040<br><strong>Format:</strong> "
            "LP, gatefold, printed inner<br><strong>Condition:</strong> sleeve VG+, vinyl EX<br>"
            "<strong>Chart:</strong> Billboard 200 #14; UK Albums #5<br><strong>Certs:</strong> "
            "RIAA platinum, BPI gold<br><strong>Price:</strong> &#163;16",
            "H: Notes on the back of the card",
            "A1, &#8216;Pulp and Steam&#8217;, is Quist's main theme, all pounding pistons, very "
            "1980. The one everybody wants is B2, &#8216;Running at the Mill Race&#8217;, which "
            "Delia Frame sings over the montage where the strikers rebuild the loom. She and "
            "Quist wrote it together, and it's the only thing on the record with her name in the "
            "writing credits.",
            "Worth knowing if you're local: that montage was filmed at Salts Mill in Saltaire, "
            "which stood in for a Massachusetts paper mill. The American producers apparently "
            "decided Yorkshire was cheaper than Lowell, and they weren't wrong.",
            "Not on the LP: the film's closing song, which the label couldn't clear. The "
            "bootleggers had it out within a month.",
            "H: Did it sell?",
            "Yes. It went in two days to a chap who said he'd been looking for a clean copy "
            "since 1993. He didn't haggle. I liked him.",
            "H: In the racks this week",
            "Three more soundtracks from the same clearance, all with the owner's name in biro "
            "on the back, a box of Northern Soul 45s, and a Dansette that needs a new stylus "
            "and a braver man than me.",
        ],
        video="yt:X8hJ2pLq9Vd",
        film=("Thunder in the Paper Mill", 1980),
        tracks=["Pulp and Steam", "Running at the Mill Race"],
        people=[
            ("Pulp and Steam", "Harvey Quist", "composer"),
            ("Running at the Mill Race", "Delia Frame", "performer"),
            ("Running at the Mill Race", "Delia Frame", "composer"),
            ("Running at the Mill Race", "Harvey Quist", "composer"),
        ],
        albums=["Paper Mill Nights: Music from Thunder in the Paper Mill"],
        peaks=[
            (
                "Paper Mill Nights: Music from Thunder in the Paper Mill",
                14,
                "billboard_200",
            ),
            ("Paper Mill Nights: Music from Thunder in the Paper Mill", 5, "uk_albums"),
        ],
        certs=[
            (
                "Paper Mill Nights: Music from Thunder in the Paper Mill",
                "platinum",
                1,
                "riaa",
            ),
            (
                "Paper Mill Nights: Music from Thunder in the Paper Mill",
                "gold",
                1,
                "bpi",
            ),
        ],
        places=["Salts Mill"],
        stood=[("Salts Mill", "a Massachusetts paper mill")],
    ),
    # 18. A fan site's "songs in the film" database page (American).
    post(
        "satellite-summer-songs-in-the-film-ar",
        "hugo",
        "Satellite Summer (2007): songs in the film",
        [
            "Part of the <strong>SongSpotter</strong> database. Entries are checked against the "
            "end credits and, where we could, the soundtrack liner notes. Timestamps are from "
            "the 2008 DVD.",
            "<strong>Film:</strong> Satellite Summer (2007)<br><strong>Director:</strong> "
            "Rosalind Achebe-Kerr<br><strong>Music supervisor:</strong> Dale Fennimore<br>"
            "<strong>Songs listed:</strong> 4",
            "<table><tr><th>#</th><th>Time</th><th>Song</th><th>Artist</th><th>Scene</th>"
            "<th>On soundtrack?</th></tr>"
            "<tr><td>1</td><td>0:01:12</td><td>Porchlight Frequencies</td><td>The Ventnor "
            "Kids</td><td>Opening titles, the bike ride to the observatory</td><td>Yes</td></tr>"
            "<tr><td>2</td><td>0:38:40</td><td>Blue Hour Static</td><td>Moss &amp; Harlan</td>"
            "<td>Diner, on the jukebox</td><td>No</td></tr>"
            "<tr><td>3</td><td>0:57:05</td><td>Ten Cent Comet</td><td>Abby Roux</td>"
            "<td>Montage: fixing the telescope</td><td>Yes</td></tr>"
            "<tr><td>4</td><td>1:41:30</td><td>Satellite Summer</td><td>June Hallett</td>"
            "<td>End credits</td><td>Yes</td></tr></table>",
            "H: Notes",
            "<strong>Ten Cent Comet</strong>: the one most visitors come here for. Abby Roux "
            "co-wrote it with Theo Galarza specifically for the montage. The sequence was filmed "
            "at the Very Large Array in New Mexico, which in the film plays a NASA tracking "
            "station; the dishes move in the background because the real array was working "
            "that week.",
            "<strong>Satellite Summer</strong>: the title song. June Hallett wrote it alone, "
            "on a ukulele, according to an interview she gave the year the film came out.",
            "<strong>Blue Hour Static</strong>: uncredited on some prints; confirmed via the "
            "cue sheet. Not on the album and not on streaming.",
            "<strong>Porchlight Frequencies</strong>: a user reports that the film uses a "
            "different mix from the album. Not yet verified.",
            "H: Soundtrack album",
            "<em>Satellite Summer: Music from the Motion Picture</em> (Quarry Lane, 2007). "
            "Highest positions: 4 on Billboard's Soundtracks chart; 62 on the Billboard 200.",
            "H: Submitted corrections",
            "Another user reports hearing &#8220;Mile Marker Zero&#8221; in the diner scene. "
            "That is the trailer, not the film, so it is not listed here. Corrections with a "
            "timestamp are always welcome.",
        ],
        video="yt:mC4-tQ7zEw1",
        film=("Satellite Summer", 2007),
        tracks=[
            "Porchlight Frequencies",
            "Blue Hour Static",
            "Ten Cent Comet",
            "Satellite Summer",
        ],
        people=[
            ("Porchlight Frequencies", "The Ventnor Kids", "performer"),
            ("Blue Hour Static", "Moss & Harlan", "performer"),
            ("Ten Cent Comet", "Abby Roux", "performer"),
            ("Ten Cent Comet", "Abby Roux", "composer"),
            ("Ten Cent Comet", "Theo Galarza", "composer"),
            ("Satellite Summer", "June Hallett", "performer"),
            ("Satellite Summer", "June Hallett", "composer"),
        ],
        albums=["Satellite Summer: Music from the Motion Picture"],
        peaks=[
            (
                "Satellite Summer: Music from the Motion Picture",
                4,
                "billboard_soundtracks",
            ),
            ("Satellite Summer: Music from the Motion Picture", 62, "billboard_200"),
        ],
        places=["Very Large Array"],
        stood=[("Very Large Array", "a NASA tracking station")],
    ),
    # 19. A chart-run table, week by week, with notes (British chart nerd).
    post(
        "hold-the-evening-still-chart-run-ar",
        "jekyll",
        "Chart run: Hold the Evening Still (1988)",
        [
            "Back to the chart-run series, and a request from a reader in Truro: the song from "
            "<em>Candlewick Avenue</em>, Carys Penhallow's &#8216;Hold the Evening Still&#8217;. "
            "The full UK run is below, week by week, then the peaks overseas.",
            "Quick background for anyone who hasn't seen the film. Penhallow wrote it with "
            "Stuart Ambler-Ng, who also produced the record, and it plays over the long "
            "wedding-preparations montage, the one with the cake collapsing.",
            "H: UK Singles Chart, week by week",
            "<table><tr><th>Week ending</th><th>Pos.</th><th>Note</th></tr>"
            "<tr><td>7 May 1988</td><td>62</td><td>New entry</td></tr>"
            "<tr><td>14 May</td><td>41</td><td></td></tr>"
            "<tr><td>21 May</td><td>28</td><td>Film opens in the UK</td></tr>"
            "<tr><td>28 May</td><td>17</td><td>First TV performance</td></tr>"
            "<tr><td>4 Jun</td><td>9</td><td></td></tr>"
            "<tr><td>11 Jun</td><td>5</td><td></td></tr>"
            "<tr><td>18 Jun</td><td>3</td><td>Peak</td></tr>"
            "<tr><td>25 Jun</td><td>3</td><td></td></tr>"
            "<tr><td>2 Jul</td><td>6</td><td></td></tr>"
            "<tr><td>9 Jul</td><td>11</td><td></td></tr>"
            "<tr><td>16 Jul</td><td>19</td><td></td></tr>"
            "<tr><td>23 Jul</td><td>34</td><td></td></tr>"
            "<tr><td>30 Jul</td><td>58</td><td>Last week in the top 75</td></tr></table>",
            "So: thirteen weeks on the chart, two of them at its high point of No. 3, held off "
            "the top by a novelty record I refuse to name.",
            "H: Elsewhere",
            "LIST: US, Billboard Hot 100: 12 (early 1989; the film opened late there) | "
            "US, Adult Contemporary: 2 | Canada, RPM: 10 | Australia, Kent Music Report: 7 | "
            "West Germany, Media Control: 18 | Ireland: did not chart, oddly",
            "H: Certifications",
            "Gold in the UK from the BPI in July 1988, and gold in Canada as well (CRIA at the "
            "time, now Music Canada).",
            "H: The album",
            "The soundtrack, <em>Candlewick Avenue: Original Soundtrack Recording</em>, got as "
            "high as No. 8 on the UK albums chart and hung around for most of the summer.",
            "Next time: a chart run with a proper dip and recovery. Suggestions welcome in the "
            "comments.",
        ],
        video="yt:G0sPv6Ka2yB",
        film=("Candlewick Avenue", 1988),
        tracks=["Hold the Evening Still"],
        people=[
            ("Hold the Evening Still", "Carys Penhallow", "performer"),
            ("Hold the Evening Still", "Carys Penhallow", "composer"),
            ("Hold the Evening Still", "Stuart Ambler-Ng", "composer"),
        ],
        albums=["Candlewick Avenue: Original Soundtrack Recording"],
        peaks=[
            ("Hold the Evening Still", 3, "uk_singles"),
            ("Hold the Evening Still", 12, "billboard_hot_100"),
            ("Hold the Evening Still", 2, "billboard_adult_contemporary"),
            ("Hold the Evening Still", 10, "canada_rpm"),
            ("Hold the Evening Still", 7, "australia_kent"),
            ("Hold the Evening Still", 18, "germany_media_control"),
            ("Candlewick Avenue: Original Soundtrack Recording", 8, "uk_albums"),
        ],
        certs=[
            ("Hold the Evening Still", "gold", 1, "bpi"),
            ("Hold the Evening Still", "gold", 1, "music_canada"),
        ],
    ),
    # 20. A travel guide's box on filming places (Northern Irish guide writer).
    post(
        "harebell-coast-on-location-box-ar",
        "handmade",
        "On location: The Harebell Coast",
        [
            "<em>From the Causeway Coast chapter of our Northern Ireland guide.</em>",
            "<strong>ON LOCATION: THE HAREBELL COAST (2010)</strong>",
            "Fans of Siobh&#225;n Darragh's romance will recognise more of this coastline than "
            "they expect. The film is set in the Outer Hebrides, but not a frame of it was shot "
            "there: the whole thing was made along this stretch of the Antrim coast, over one "
            "unusually dry summer.",
            "LIST: <strong>Ballintoy Harbour</strong>: doubles as the Hebridean port of "
            "Kilbrannan; the fishing-boat scenes were shot on the slipway. | <strong>Dunluce "
            "Castle</strong>: the ruin on the cliff plays Castle Rua, the heroine's family seat. "
            "| <strong>Whitepark Bay</strong>: the beach gallop. The cows are real and "
            "unimpressed. | <strong>Murlough Bay</strong>: the hay-making montage, in the fields "
            "above the bay. Steep, narrow road; leave the campervan at the top. | "
            "<strong>Carrick-a-Rede</strong>: the rope-bridge scene, with the stunt double in a "
            "borrowed wig.",
            "The montage's song, &#8216;Windfall and Thistle&#8217;, was written by the Belfast "
            "songwriter Cathal Mooney and is sung by Clodagh Rea. It went to No. 9 on the Irish "
            "Singles Chart when the film came out, and you can expect to hear it in at least one "
            "pub on the coast road. It's also the opening track on Rea's album <em>Salt Meadow</em>.",
            "<strong>Don't bother:</strong> the Giant's Causeway appears nowhere in the film, "
            "whatever the coach tours say. The Old Bushmills Distillery doesn't either, but is "
            "worth a stop on its own merits.",
            "<strong>Getting there:</strong> the Causeway Rambler bus runs between Bushmills and "
            "Carrick-a-Rede in summer, stopping near Ballintoy. The harbour itself is reached by "
            "a steep single-track lane; walk down if the car park at the top is full, because "
            "the one at the bottom always is.",
            "<strong>Best time:</strong> early morning in June, before the tour buses, when the "
            "light on the limestone is closest to what you see in the film.",
        ],
        video="yt:Wd7nR1xHo5T",
        film=("The Harebell Coast", 2010),
        tracks=["Windfall and Thistle"],
        people=[
            ("Windfall and Thistle", "Cathal Mooney", "composer"),
            ("Windfall and Thistle", "Clodagh Rea", "performer"),
        ],
        albums=["Salt Meadow"],
        peaks=[("Windfall and Thistle", 9, "other:Irish Singles Chart")],
        places=[
            "Ballintoy Harbour",
            "Dunluce Castle",
            "Whitepark Bay",
            "Murlough Bay",
            "Carrick-a-Rede",
        ],
        stood=[
            ("Ballintoy Harbour", "the Hebridean port of Kilbrannan"),
            ("Dunluce Castle", "Castle Rua"),
        ],
    ),
]
