"""Round 7, set L: twenty posts by a fourteenth writer who never saw the importer's code.

Invented films (1975-1995), songs, people, bands and labels; real filming places. Each markup of markups.RENDERERS is used twice. Annotated per ANNOTATING.md.
"""

from .spec import post

POSTS = [
    post(
        "salt-road-carry-me-over-l",
        "wp_classic",
        "The Salt Road and the song that had my mammy crying into the dishwater",
        [
            (
                "Right so, pull up a chair there. I've been meaning to write about "
                "<em>The Salt Road</em> for the guts of a year now, and sure look, "
                "here we are. It came out in 1987, it was directed by a fella from "
                "Galway called Peadar Lyne, and it has no business being half as "
                "good as it is."
            ),
            (
                "The story's set in some Cornish village they never bother to name, "
                "but don't be fooled, the whole thing was shot at home. The harbour "
                "scenes were done at Dún Laoghaire Harbour, which does a grand job "
                "of playing a Cornish fishing port, and the long walk on the beach "
                "near the end is Inch Strand, down in Kerry. My uncle swears blind "
                "he's an extra in the pub scene, but sure he swears a lot of things."
            ),
            (
                "Now, the song. &#8220;Carry Me Over the Water&#8221; plays over the "
                "closing credits and it's sung by Maura Kielty, who had a voice on "
                "her like a kettle just coming to the boil, in the best possible "
                "way. Words and music were both the work of Fintan Rooney, a Sligo "
                "man who'd been knocking around the folk clubs for years before "
                "anyone paid him a bit of notice."
            ),
            (
                "It did well for itself, in fairness. It went to number three on the "
                "Irish Singles Chart and crept across the water to number "
                "twenty-seven in the UK, which for a ballad with a tin whistle in it "
                "was no small thing at all."
            ),
            (
                "There was a soundtrack LP too, on the Claddagh Moon label, though "
                "good luck finding it now. It's mostly Rooney's incidental bits and "
                "a reel or two. I've a copy with a coffee ring on the sleeve and I "
                "wouldn't swap it for the world."
            ),
            (
                "Don't be confusing it with the version Maura's sister Eilis did a "
                "few years later for a charity album, mind. Lovely, but that's not "
                "the one in the film."
            ),
            "Have a listen below and tell me I'm wrong.",
        ],
        video="yt:Qm4rT7xLp2c",
        film=("The Salt Road", 1987),
        tracks=[
            "Carry Me Over the Water",
        ],
        people=[
            ("Carry Me Over the Water", "Maura Kielty", "performer"),
            ("Carry Me Over the Water", "Fintan Rooney", "composer"),
        ],
        albums=[
            "The Salt Road soundtrack",
        ],
        peaks=[
            ("Carry Me Over the Water", 3, "other:Irish Singles Chart"),
            ("Carry Me Over the Water", 27, "uk_singles"),
        ],
        places=[
            "Dún Laoghaire Harbour",
            "Inch Strand",
        ],
        stood=[
            ("Dún Laoghaire Harbour", "a Cornish fishing port"),
        ],
    ),
    post(
        "nine-men-standing-terraces-l",
        "gutenberg",
        "International break, so here's a fitba film: Nine Men Standing",
        [
            (
                "Nae Scotland game till Wednesday and the league's shut for the "
                "week, so you're getting a film instead. <em>Nine Men Standing</em> "
                "came out in 1983 and it's about a wee pub team in the north of "
                "England who end up on a cup run they've no right to be on. Think "
                "Dundee United in Gothenburg, but with more pints and worse haircuts."
            ),
            (
                "Here's the bit that gets me every time: no a single frame of it was "
                "shot in England. The ground the lads play at is Starks Park in "
                "Kirkcaldy, dressed up to pass for a ground somewhere in Lancashire, "
                "and the famous mud-bath cup tie was filmed at Cathkin Park in "
                "Glasgow, back when there was still a bit of terracing left on it. "
                "The training runs along the sand? Portobello, end of."
            ),
            "H: The song",
            (
                "The terrace anthem in the film, &#8220;Stand Up for the "
                "Lads,&#8221; is by The Kelvin Drifters, a pub band out of Partick "
                "who'd never been near a recording studio before. Rab Geddes and Tam "
                "McLarty wrote it in an afternoon, or so the story goes, and you can "
                "hear the whole of the Drifters bawling it out like it's the "
                "ninetieth minute and they're a goal down."
            ),
            (
                "It got to number fourteen in the UK singles chart, which is higher "
                "than my team has been in anything, and it picked up a silver disc "
                "from the BPI on the back of every supporters' bus in the country "
                "playing it on a loop. The soundtrack album, <em>Nine Men Standing: "
                "Songs from the Terraces</em>, was less of a hit and stalled at 58 "
                "on the albums chart."
            ),
            (
                "No to be confused with &#8220;Here We Go Again, Lads,&#8221; which "
                "the Drifters put out the following year and which, mercifully, went "
                "nowhere. That one's no in the film, before anybody emails me."
            ),
            "Anyway. Clip's below. Back to the fitba on Saturday.",
        ],
        video="vimeo:48213907",
        film=("Nine Men Standing", 1983),
        tracks=[
            "Stand Up for the Lads",
        ],
        people=[
            ("Stand Up for the Lads", "The Kelvin Drifters", "performer"),
            ("Stand Up for the Lads", "Rab Geddes", "composer"),
            ("Stand Up for the Lads", "Tam McLarty", "composer"),
        ],
        albums=[
            "Nine Men Standing: Songs from the Terraces",
        ],
        peaks=[
            ("Stand Up for the Lads", 14, "uk_singles"),
            ("Nine Men Standing: Songs from the Terraces", 58, "uk_albums"),
        ],
        certs=[
            ("Stand Up for the Lads", "silver", 1, "bpi"),
        ],
        places=[
            "Starks Park",
            "Cathkin Park",
            "Portobello",
        ],
        stood=[
            ("Starks Park", "a ground somewhere in Lancashire"),
        ],
    ),
    post(
        "southerly-cold-light-coming-l",
        "ghost",
        (
            "Southerly (1986): glaciers, gold towns and a song that wouldn't leave "
            "the radio"
        ),
        [
            (
                "Kia ora, team. Bit of a long one today, so grab a cuppa. I've been "
                "rewatching <em>Southerly</em>, the 1986 film that half my whānau "
                "reckon they were extras in, and honestly it holds up heaps better "
                "than I expected."
            ),
            (
                "Quick rundown: it's meant to be a Western, set in Montana in the "
                "1880s, but the whole thing was shot down here in the South Island. "
                "Arrowtown does the heavy lifting as a Montana gold-rush town (the "
                "main street barely needed any dressing, to be fair) and the big "
                "chase across the ice was filmed on the Franz Josef Glacier, which "
                "looks stunning even on a dodgy VHS rip."
            ),
            (
                "A few of the interiors were done inside the Oamaru Opera House too, "
                "which you'll spot straight away if you've ever been to a school "
                "prizegiving there. Sweet as."
            ),
            (
                "The song everyone remembers is &#8220;Cold Light Coming,&#8221; "
                "sung by Hana Whitlock over the last shot of the glacier. She "
                "co-wrote it with Mike Penney, her flatmate at the time. Hana was "
                "born in Invercargill and you can hear a bit of the deep south in "
                "the way she hangs on to the long notes, eh."
            ),
            (
                "It went all the way to number one on the New Zealand singles chart "
                "and sat there for five weeks, and across the ditch it got to number "
                "eight on the Kent Music Report. RIANZ certified it platinum here, "
                "which in 1986 meant basically every house in the country had a "
                "copy, and ARIA gave it a gold over in Aussie."
            ),
            (
                "There was talk of a soundtrack album but it never happened, so the "
                "single's all there is. Chur to whoever uploaded this clip."
            ),
        ],
        video="yt:k2Vn8_WqZ0a",
        film=("Southerly", 1986),
        tracks=[
            "Cold Light Coming",
        ],
        people=[
            ("Cold Light Coming", "Hana Whitlock", "performer"),
            ("Cold Light Coming", "Hana Whitlock", "composer"),
            ("Cold Light Coming", "Mike Penney", "composer"),
        ],
        peaks=[
            ("Cold Light Coming", 1, "other:New Zealand Singles Chart"),
            ("Cold Light Coming", 8, "australia_kent"),
        ],
        certs=[
            ("Cold Light Coming", "platinum", 1, "other"),
            ("Cold Light Coming", "gold", 1, "aria"),
        ],
        places=[
            "Arrowtown",
            "Franz Josef Glacier",
            "Oamaru Opera House",
        ],
        stood=[
            ("Arrowtown", "a Montana gold-rush town"),
        ],
    ),
    post(
        "blue-train-job-karoo-l",
        "blogger",
        "Lekker heist, lekker song: The Blue Train Job",
        [
            (
                "Howzit, everyone. Load-shedding had me sitting in the dark last "
                "night so I fired up the laptop and watched <em>The Blue Train "
                "Job</em>, a 1979 caper my dad used to put on every December without "
                "fail. Ja, it's cheesy. Ja, I loved it anyway."
            ),
            (
                "The plot is set in Texas, believe it or not (a gang robs a luxury "
                "train somewhere between El Paso and nowhere), but they shot it "
                "right here at home. The dusty little station where the gang climbs "
                "aboard is Matjiesfontein, that old Victorian village out in the "
                "Karoo, playing a Texas railroad stop, and the getaway ends on the "
                "beach at Muizenberg with all those coloured bathing boxes in the "
                "background."
            ),
            (
                "Now the music. The main song, &#8220;Midnight on the Karoo,&#8221; "
                "is sung by Lindiwe Mabaso, and she absolutely owns it. Pieter "
                "Venter wrote it. The director, Hennie Botha, apparently wanted "
                "something more country-and-western; Venter gave him this instead "
                "and thank goodness for that."
            ),
            (
                "It went to number one on the Springbok Radio Top 20 and stayed "
                "there most of that winter, and RISA gave it a gold disc. There was "
                "also a jolly little instrumental B-side, &#8220;Braai Smoke,&#8221; "
                "which isn't in the film at all, so don't go looking for it."
            ),
            (
                "Second song worth a shout: the bar-fight scene is scored to "
                "&#8220;Rand Rebel&#8221; by The Brakpan Rockets, a proper garage "
                "band from the East Rand. Nobody seems to know who wrote it. If you "
                "do, drop me a comment, né."
            ),
            "Clip below. Pour yourself something cold and enjoy, now now.",
        ],
        video="yt:Bt9-Lk3mRx4",
        film=("The Blue Train Job", 1979),
        tracks=[
            "Midnight on the Karoo",
            "Rand Rebel",
        ],
        people=[
            ("Midnight on the Karoo", "Lindiwe Mabaso", "performer"),
            ("Midnight on the Karoo", "Pieter Venter", "composer"),
            ("Rand Rebel", "The Brakpan Rockets", "performer"),
        ],
        peaks=[
            ("Midnight on the Karoo", 1, "other:Springbok Radio Top 20"),
        ],
        certs=[
            ("Midnight on the Karoo", "gold", 1, "other"),
        ],
        places=[
            "Matjiesfontein",
            "Muizenberg",
        ],
        stood=[
            ("Matjiesfontein", "a Texas railroad stop"),
        ],
    ),
    post(
        "neon-jaguar-heat-highway-l",
        "medium",
        "Neon Jaguar (1985): the VHS that ruled my summer holidays",
        [
            (
                "Friends, I must confess something. In 1991 my cousin in Pune "
                "brought home a copied cassette of <em>Neon Jaguar</em> and after "
                "that no Doordarshan programme could satisfy me. I watched it so "
                "many times that the tape became wavy in the car-chase part only."
            ),
            (
                "For those who have not seen it: it is a cop film from 1985, two "
                "detectives, one white Ferrari, too much hairspray. The story is "
                "happening in Miami itself, and they shot it there properly, lots of "
                "Ocean Drive with the pastel hotels, and the climax on the Seven "
                "Mile Bridge down in the Florida Keys. Superb stunts, yaar, real "
                "ones, no computer."
            ),
            "H: That song!",
            (
                "The song playing in the chase is &#8220;Heat of the Highway&#8221; "
                "by Danny Vance. I always thought he wrote it himself, but no, it "
                "was written by Carl Moretti and Susan Lyle, a husband-and-wife "
                "songwriting team in Los Angeles. Danny only sang it. Still, what a "
                "voice he had."
            ),
            (
                "In America it climbed to number 4 on the Billboard Hot 100 and "
                "number 2 on the Mainstream Rock chart. The soundtrack LP, <em>Neon "
                "Jaguar: Original Motion Picture Soundtrack</em>, reached number "
                "eleven on the Billboard 200 and the RIAA certified it triple "
                "platinum. Not bad for a film my uncle called &#8220;only "
                "noise.&#8221;"
            ),
            (
                "Danny Vance had one more big hit afterwards, &#8220;Paper Moon "
                "Girl,&#8221; which went to number two (even higher!) but that one "
                "is from his own album and has nothing to do with the film."
            ),
            ("Please watch the clip and tell me your own VHS stories in the comments."),
        ],
        video="yt:Hx7cWp2Nn5E",
        film=("Neon Jaguar", 1985),
        tracks=[
            "Heat of the Highway",
        ],
        people=[
            ("Heat of the Highway", "Danny Vance", "performer"),
            ("Heat of the Highway", "Carl Moretti", "composer"),
            ("Heat of the Highway", "Susan Lyle", "composer"),
        ],
        albums=[
            "Neon Jaguar: Original Motion Picture Soundtrack",
        ],
        peaks=[
            ("Heat of the Highway", 4, "billboard_hot_100"),
            ("Heat of the Highway", 2, "billboard_mainstream_rock"),
            ("Neon Jaguar: Original Motion Picture Soundtrack", 11, "billboard_200"),
        ],
        certs=[
            ("Neon Jaguar: Original Motion Picture Soundtrack", "platinum", 3, "riaa"),
        ],
        places=[
            "Ocean Drive",
            "Seven Mile Bridge",
        ],
    ),
    post(
        "sunset-at-sonora-jinete-l",
        "squarespace",
        "Sunset at Sonora, or how my Almería became the Wild West",
        [
            (
                "Hello to everybody. My English is not perfect, so be patient with "
                "me, please. Today I want to speak about <em>Sunset at Sonora</em>, "
                "a western from 1978 that for the people of my town is very special, "
                "because my grandfather was working on it as a driver of the trucks."
            ),
            (
                "The film it was made almost all in the province of Almería. The "
                "Tabernas Desert is playing Arizona, like in so many westerns of "
                "those years, and the scenes at the sea, with the big black rocks, "
                "are in Cabo de Gata. Also the little white church that you see in "
                "the wedding is in the village of Níjar, which is pretending to be a "
                "town in Mexico."
            ),
            (
                "The song of the titles is &#8220;La Canción del Jinete,&#8221; sung "
                "by Rocío Valdés, with music and words by Andrés Molina. Is a song "
                "in Spanish inside an American film, and for us this was a big "
                "pride, no?"
            ),
            (
                "In Spain it arrived to number two in Los 40 Principales, and (this "
                "surprised me) it was also number nineteen in Germany, in the Media "
                "Control chart. In France the SNEP gave to it a gold record. My "
                "mother still has the single with the photo of Rocío on the horse."
            ),
            (
                "Many years after, the singer Paco Ibarra made a version more rock, "
                "but this one is not in the film and, sincerely, is not so good."
            ),
            "Pues, here is the scene. Enjoy it.",
        ],
        video="vimeo:73019552",
        film=("Sunset at Sonora", 1978),
        tracks=[
            "La Canción del Jinete",
        ],
        people=[
            ("La Canción del Jinete", "Rocío Valdés", "performer"),
            ("La Canción del Jinete", "Andrés Molina", "composer"),
        ],
        peaks=[
            ("La Canción del Jinete", 2, "other:Los 40 Principales"),
            ("La Canción del Jinete", 19, "germany_media_control"),
        ],
        certs=[
            ("La Canción del Jinete", "gold", 1, "snep"),
        ],
        places=[
            "Tabernas Desert",
            "Cabo de Gata",
            "Níjar",
        ],
        stood=[
            ("Tabernas Desert", "Arizona"),
            ("Níjar", "a town in Mexico"),
        ],
    ),
    post(
        "glass-orchard-marsh-score-l",
        "substack",
        (
            "Thematic economy in The Glass Orchard (1979): a note on Eleanor Marsh's "
            "score"
        ),
        [
            (
                "Few scores of the late 1970s repay close listening quite like "
                "Eleanor Marsh's music for <em>The Glass Orchard</em> (1979).[1] The "
                "film itself, a slow chamber drama about two sisters disputing an "
                "inheritance, is rarely revived; its music, by contrast, has enjoyed "
                "a modest afterlife on record."
            ),
            (
                "The main title cue, &#8220;Ashdown in Winter (Main Title),&#8221; "
                "introduces a falling fourth that recurs across the score in at "
                "least eleven guises. Marsh later handed the same melody to the "
                "lyricist Paul Adair, and the resulting song, &#8220;Leave the Light "
                "On for Me,&#8221; was recorded by Judith Crane for the end "
                "credits.[2]"
            ),
            (
                "Crane's single reached No. 6 on Billboard's Adult Contemporary "
                "chart and No. 38 on the Hot 100, respectable figures for a ballad "
                "in a year dominated by disco.[3] The score album, <em>The Glass "
                "Orchard: Music from the Film</em>, was issued by Meridian Records "
                "and, so far as I can establish, never charted anywhere."
            ),
            "H: Notes",
            (
                "[1] The film was directed by Thomas Greville and produced by Anne "
                "Sorel; neither had worked with Marsh before. Its English country "
                "house is in fact Hatley Castle on Vancouver Island, which stands in "
                "for a Wiltshire estate throughout, and the railway scenes were "
                "filmed at Union Station in Toronto."
            ),
            (
                "[2] A piano-and-voice demo sung by Marsh herself circulates among "
                "collectors; it was not used in the film and should not be confused "
                "with the released recording."
            ),
            (
                "[3] Positions from the Billboard archive for November 1979. The "
                "single was reportedly a minor hit in Canada as well, though I have "
                "not been able to confirm any RPM position."
            ),
        ],
        video="yt:rE3sJ9vD1qU",
        film=("The Glass Orchard", 1979),
        tracks=[
            "Ashdown in Winter (Main Title)",
            "Leave the Light On for Me",
        ],
        people=[
            ("Ashdown in Winter (Main Title)", "Eleanor Marsh", "composer"),
            ("Leave the Light On for Me", "Eleanor Marsh", "composer"),
            ("Leave the Light On for Me", "Paul Adair", "composer"),
            ("Leave the Light On for Me", "Judith Crane", "performer"),
        ],
        albums=[
            "The Glass Orchard: Music from the Film",
        ],
        peaks=[
            ("Leave the Light On for Me", 6, "billboard_adult_contemporary"),
            ("Leave the Light On for Me", 38, "billboard_hot_100"),
        ],
        places=[
            "Hatley Castle",
            "Union Station",
        ],
        stood=[
            ("Hatley Castle", "a Wiltshire estate"),
        ],
    ),
    post(
        "overdrive-summer-pick-l",
        "hugo",
        "Pick of the Week: the Overdrive Summer soundtrack (1984)",
        [
            (
                "Morning, crate-diggers. This week's pick came in on Tuesday in a "
                "box of about two hundred LPs from a house clearance in Leytonstone, "
                "and it's the one I nearly kept for myself: the soundtrack to "
                "<em>Overdrive Summer</em>, the 1984 teen road movie nobody under "
                "forty seems to have heard of."
            ),
            (
                "The record's proper title is <em>Overdrive Summer: Music from the "
                "Motion Picture</em>, on the Starlane label, gatefold sleeve, lyric "
                "inner, vinyl a solid VG+ with one tiny scuff on side two that "
                "doesn't play through. Eighteen quid and it's yours."
            ),
            (
                "Why should you care? Because in 1984 this thing was massive. It got "
                "to number seven on the Billboard 200, number five on the RPM albums "
                "chart in Canada and number twenty-two over here on the UK albums "
                "chart. The RIAA had it at double platinum by the end of '85, and "
                "Music Canada (CRIA, as it was back then) went and certified it "
                "diamond."
            ),
            (
                "Side one opens with the big one, &#8220;Chrome Heart&#8221; by "
                "Lacey Dare, written by Rick Hollis, which plays when the kids "
                "finally get the Mustang running. Side two has the sleeper, "
                "&#8220;Long Way to Bakersfield,&#8221; sung by Tommy Shale and "
                "written by him too, over the motel sequence."
            ),
            (
                "Film nerds: that motel is the real Wigwam Motel in Holbrook, "
                "Arizona, and the garage where they fix the Mustang is Roy's Motel "
                "and Cafe in Amboy, out on the old Route 66. I had the poster on my "
                "wall for years."
            ),
            (
                "&#8220;Chrome Heart&#8221; made number twelve on the Hot 100 as a "
                "single, if you're after the 7-inch as well. I've got one in the "
                "singles box, picture sleeve, a fiver."
            ),
            (
                "Shop's open till six Saturday. Have a listen to the clip first if "
                "you don't believe me."
            ),
        ],
        video="yt:Zp0oA4fG8wL",
        film=("Overdrive Summer", 1984),
        tracks=[
            "Chrome Heart",
            "Long Way to Bakersfield",
        ],
        people=[
            ("Chrome Heart", "Lacey Dare", "performer"),
            ("Chrome Heart", "Rick Hollis", "composer"),
            ("Long Way to Bakersfield", "Tommy Shale", "performer"),
            ("Long Way to Bakersfield", "Tommy Shale", "composer"),
        ],
        albums=[
            "Overdrive Summer: Music from the Motion Picture",
        ],
        peaks=[
            ("Overdrive Summer: Music from the Motion Picture", 7, "billboard_200"),
            ("Overdrive Summer: Music from the Motion Picture", 5, "canada_rpm"),
            ("Overdrive Summer: Music from the Motion Picture", 22, "uk_albums"),
            ("Chrome Heart", 12, "billboard_hot_100"),
        ],
        certs=[
            ("Overdrive Summer: Music from the Motion Picture", "platinum", 2, "riaa"),
            (
                "Overdrive Summer: Music from the Motion Picture",
                "diamond",
                1,
                "music_canada",
            ),
        ],
        places=[
            "Wigwam Motel",
            "Roy's Motel and Cafe",
        ],
    ),
    post(
        "iron-ridge-training-song-l",
        "jekyll",
        "Who sang that song in the training scene in Iron Ridge?",
        [
            (
                "I get this question in my inbox about once a month, so here's a "
                "post I can just link people to. The film is <em>Iron Ridge</em>, "
                "the 1982 boxing drama, and the scene is the one where the kid runs "
                "through the steel-town streets at dawn while the music builds and "
                "builds."
            ),
            "H: So who sings it?",
            (
                "The song is &#8220;Up Before the Sun,&#8221; and the voice belongs "
                "to Rex Calloway. Not Steel Harbour, not Jimmy Dane: everyone "
                "guesses one of those and everyone's wrong. Calloway wrote it too, "
                "together with a session guitarist called Benny Strand."
            ),
            "H: Was it a hit?",
            (
                "A decent one. It peaked at No. 9 on the Hot 100 in the spring of "
                "'82, went to No. 3 in Canada on the RPM chart, and the RIAA "
                "certified it gold. It was never on a proper soundtrack album (the "
                "film didn't get one), so you'll need the 45."
            ),
            "H: Where was the run filmed?",
            (
                "Pittsburgh, where the film's set, and for once they actually shot "
                "it there. He starts at the bottom of the Duquesne Incline, goes "
                "over the Smithfield Street Bridge and finishes on the steps up to "
                "Polish Hill."
            ),
            "Hope that settles it. Clip below, turn it up.",
        ],
        video="yt:fT6uYb1Cc9M",
        film=("Iron Ridge", 1982),
        tracks=[
            "Up Before the Sun",
        ],
        people=[
            ("Up Before the Sun", "Rex Calloway", "performer"),
            ("Up Before the Sun", "Rex Calloway", "composer"),
            ("Up Before the Sun", "Benny Strand", "composer"),
        ],
        peaks=[
            ("Up Before the Sun", 9, "billboard_hot_100"),
            ("Up Before the Sun", 3, "canada_rpm"),
        ],
        certs=[
            ("Up Before the Sun", "gold", 1, "riaa"),
        ],
        places=[
            "Duquesne Incline",
            "Smithfield Street Bridge",
            "Polish Hill",
        ],
    ),
    post(
        "glass-coast-sea-glass-l",
        "handmade",
        "Glass Coast (1990) &#8212; a surf film (sort of) with a song I can't shake",
        [
            (
                "Let me start by saying &#8212; and I mean this kindly &#8212; that "
                "<em>Glass Coast</em> is not a good film. (It's a 1990 surf romance; "
                "the surfing is fine; the romance is not.) But the soundtrack "
                "&#8212; oh, the soundtrack."
            ),
            (
                "The big song is &#8220;Sea Glass (Don't Let Go)&#8221; &#8212; "
                "parentheses and all &#8212; sung by Colette Arnaud (a Lyon girl, "
                "for the record, though she lived in Paris by then) and written by "
                "Arnaud herself with Julien Roux (a jingle writer &#8212; and, "
                "briefly, her husband)."
            ),
            (
                "Charts &#8212; because someone always asks &#8212; it went to "
                "number four on the Top 50 in France (a proper hit), number twelve "
                "in Germany on Media Control (respectable), and SNEP handed it a "
                "silver disc (which, at the time, meant something)."
            ),
            (
                "Where was it shot? Mostly &#8212; almost entirely &#8212; on the "
                "Basque coast: the surf scenes at the Côte des Basques in Biarritz "
                "(the lighthouse shots too), the bar scenes in Saint-Jean-de-Luz, "
                "and one (gorgeous) sunset at Hossegor, which is technically the "
                "Landes, but who's counting?"
            ),
            (
                "(One more thing &#8212; the English-language remake of the song, "
                "&#8220;Sea Glass,&#8221; recorded for the American single release, "
                "isn't in the film at all. Don't let the comment sections tell you "
                "otherwise.)"
            ),
            "The clip &#8212; below &#8212; is the beach scene. Volume up.",
        ],
        video="vimeo:115620348",
        film=("Glass Coast", 1990),
        tracks=[
            "Sea Glass (Don't Let Go)",
        ],
        people=[
            ("Sea Glass (Don't Let Go)", "Colette Arnaud", "performer"),
            ("Sea Glass (Don't Let Go)", "Colette Arnaud", "composer"),
            ("Sea Glass (Don't Let Go)", "Julien Roux", "composer"),
        ],
        peaks=[
            ("Sea Glass (Don't Let Go)", 4, "other:Top 50"),
            ("Sea Glass (Don't Let Go)", 12, "germany_media_control"),
        ],
        certs=[
            ("Sea Glass (Don't Let Go)", "silver", 1, "snep"),
        ],
        places=[
            "Côte des Basques",
            "Saint-Jean-de-Luz",
            "Hossegor",
        ],
    ),
    post(
        "static-hearts-radio-silence-l",
        "wp_classic",
        "Static Hearts, in short",
        [
            "<em>Static Hearts</em>. 1989. You know the one.",
            "Pirate radio DJ falls for the girl who keeps jamming his signal.",
            "Shot on the south coast. Brighton Palace Pier, mostly.",
            (
                "That lido where they finally kiss? Saltdean Lido, pretending to be "
                "a motel pool in California."
            ),
            "The song is &#8220;Radio Silence&#8221; by Glass Mercury.",
            "Written by Nicky Hale, a jobbing songwriter from Hove. Just him.",
            "Number six in the UK. Gold from the BPI.",
            "No soundtrack album. Never was.",
            "Still sounds like two in the morning on a pier. Watch.",
        ],
        video="yt:aS5dQ2eR7tY",
        film=("Static Hearts", 1989),
        tracks=[
            "Radio Silence",
        ],
        people=[
            ("Radio Silence", "Glass Mercury", "performer"),
            ("Radio Silence", "Nicky Hale", "composer"),
        ],
        peaks=[
            ("Radio Silence", 6, "uk_singles"),
        ],
        certs=[
            ("Radio Silence", "gold", 1, "bpi"),
        ],
        places=[
            "Brighton Palace Pier",
            "Saltdean Lido",
        ],
        stood=[
            ("Saltdean Lido", "a motel pool in California"),
        ],
    ),
    post(
        "ferrymans-daughter-questions-l",
        "gutenberg",
        "The Ferryman's Daughter: your questions, answered",
        [
            "H: What is The Ferryman's Daughter?",
            (
                "A 1981 period romance about a ferry keeper's daughter on a "
                "Massachusetts island in the 1850s. It's slow, it's lovely, and it "
                "made Clara Wendt a star for about eighteen months."
            ),
            "H: Was it really filmed on Nantucket?",
            (
                "No. The island scenes were shot at Mystic Seaport in Connecticut, "
                "which stood in for 1850s Nantucket, and the storm sequence was "
                "filmed in the waters off Block Island."
            ),
            "H: Who sings the song at the end, and who wrote it?",
            (
                "&#8220;Lantern on the Water&#8221; is sung by Grace Holloway. The "
                "music is by Owen Pritchard and the lyric by Ruth Ames, his writing "
                "partner through most of the seventies."
            ),
            "H: Did it chart?",
            (
                "It did: second place on Billboard's adult contemporary list and "
                "twenty-first on the Hot 100. The soundtrack LP, which never had a "
                "title of its own, didn't chart at all, and it isn't easy to find "
                "these days."
            ),
        ],
        video="yt:Lw8pK3nB0vX",
        film=("The Ferryman's Daughter", 1981),
        tracks=[
            "Lantern on the Water",
        ],
        people=[
            ("Lantern on the Water", "Grace Holloway", "performer"),
            ("Lantern on the Water", "Owen Pritchard", "composer"),
            ("Lantern on the Water", "Ruth Ames", "composer"),
        ],
        albums=[
            "The Ferryman's Daughter soundtrack",
        ],
        peaks=[
            ("Lantern on the Water", 2, "billboard_adult_contemporary"),
            ("Lantern on the Water", 21, "billboard_hot_100"),
        ],
        places=[
            "Mystic Seaport",
            "Block Island",
        ],
        stood=[
            ("Mystic Seaport", "1850s Nantucket"),
        ],
    ),
    post(
        "blackwater-crossing-review-l",
        "ghost",
        "Review: Blackwater Crossing (1994)",
        [
            (
                "<em>Blackwater Crossing</em> opens with a body on a breakwater and "
                "never really lets up. Detective Ruth Calder (Joanne Meyers, superb) "
                "has been back in her hometown for a week when a lobsterman's son "
                "washes up with a ferry ticket in his pocket dated three years in "
                "the future. That's the hook, and the film is smart enough not to "
                "explain it too quickly."
            ),
            (
                "The middle hour is a slow unpicking of the town. Calder's brother "
                "runs the ferry; her old schoolfriend runs the cannery; the dead boy "
                "owed money to both. Director Ian Stroud lets scenes run long, and "
                "the fog (real fog, by the look of it, since most of this was shot "
                "around Halifax Harbour and at Peggy's Cove, which stands in for "
                "coastal Maine) does half his work for him."
            ),
            (
                "Without spoiling too much: the ticket is a forgery, the brother "
                "isn't what he seems, and the last twenty minutes on the night ferry "
                "are as tense as anything in the decade. There's a twist involving "
                "the cannery's ledger that I half saw coming and still enjoyed."
            ),
            (
                "Where it stumbles is the romance subplot with the harbourmaster, "
                "which feels bolted on, and a dream sequence that belongs in a "
                "different film entirely."
            ),
            (
                "Wendell Rourke's &#8220;Ashes in the Tide,&#8221; which he wrote "
                "and sings, plays under the final crossing; it was a number eleven "
                "hit in Canada on the RPM chart. It's the right song for the moment: "
                "spare, tired, a little hopeful."
            ),
            (
                "Three and a half stars. The clip below is the trailer, which gives "
                "away less than this review does."
            ),
        ],
        video="yt:cN1mV6hJ4gI",
        film=("Blackwater Crossing", 1994),
        tracks=[
            "Ashes in the Tide",
        ],
        people=[
            ("Ashes in the Tide", "Wendell Rourke", "composer"),
            ("Ashes in the Tide", "Wendell Rourke", "performer"),
        ],
        peaks=[
            ("Ashes in the Tide", 11, "canada_rpm"),
        ],
        places=[
            "Halifax Harbour",
            "Peggy's Cove",
        ],
        stood=[
            ("Peggy's Cove", "coastal Maine"),
        ],
    ),
    post(
        "route-zero-locations-map-l",
        "blogger",
        "Route Zero (1992) filming locations: a map for your road trip",
        [
            (
                "I drove the whole route of <em>Route Zero</em> last autumn with a "
                "paper map, a cooler full of sodas and a cassette of the soundtrack, "
                "so you don't have to guess. The 1992 road movie follows two sisters "
                "from Texas to the Pacific, and unusually, the production actually "
                "drove the same way."
            ),
            "H: The stops, east to west",
            (
                "LIST: Cadillac Ranch, outside Amarillo, Texas: the opening, with "
                "the spray cans | The Blue Swallow Motel in Tucumcari, New Mexico: "
                "the night the car gets stolen | Monument Valley, on the "
                "Arizona&#8211;Utah line: the long dawn drive | Joshua Tree National "
                "Park, California: playing the surface of Mars in Lena's fever dream "
                "| The Santa Monica Pier: the final scene"
            ),
            (
                "One stop you'll find on other lists that isn't actually in the "
                "film: the Bagdad Cafe in Newberry Springs. The sisters do stop at a "
                "diner, sure, but that was a set built on a soundstage."
            ),
            "H: The song on the cassette",
            (
                "The tune the sisters keep rewinding is &#8220;Ghost Miles,&#8221; "
                "performed by Dell Kerrigan and written by Sam Oyelaran. The "
                "soundtrack, <em>Route Zero: Songs for the Long Way</em>, topped "
                "Billboard's soundtrack chart for three weeks and went gold with the "
                "RIAA."
            ),
            "Happy driving. The clip below is the Monument Valley sequence.",
        ],
        video="vimeo:90461173",
        film=("Route Zero", 1992),
        tracks=[
            "Ghost Miles",
        ],
        people=[
            ("Ghost Miles", "Dell Kerrigan", "performer"),
            ("Ghost Miles", "Sam Oyelaran", "composer"),
        ],
        albums=[
            "Route Zero: Songs for the Long Way",
        ],
        peaks=[
            ("Route Zero: Songs for the Long Way", 1, "billboard_soundtracks"),
        ],
        certs=[
            ("Route Zero: Songs for the Long Way", "gold", 1, "riaa"),
        ],
        places=[
            "Cadillac Ranch",
            "Blue Swallow Motel",
            "Monument Valley",
            "Joshua Tree National Park",
            "Santa Monica Pier",
        ],
        stood=[
            ("Joshua Tree National Park", "the surface of Mars"),
        ],
    ),
    post(
        "heatwave-avenue-two-charts-l",
        "medium",
        "Heatwave Avenue: one song, two very different chart runs",
        [
            (
                "Marcie Thorne's &#8220;Don't Look Down&#8221; is one of those songs "
                "that had a completely different life on each side of the Atlantic. "
                "Alan Greer and Nick Doyle wrote it for <em>Heatwave Avenue</em>, "
                "the 1983 summer comedy shot along Venice Beach, and Thorne's "
                "recording plays over the roller-skating montage."
            ),
            "H: In America",
            (
                "Released in June 1983, it entered the Hot 100 slowly and didn't "
                "peak until September, at number three. It also went to twelve on "
                "the adult contemporary chart, and the RIAA certified the single "
                "gold. The soundtrack LP, <em>Heatwave Avenue: Original "
                "Soundtrack</em>, got as high as fifteen on the Billboard 200."
            ),
            "H: In Britain",
            (
                "In the UK it wasn't even released until the following spring, when "
                "a sun-cream advert gave it a push, and it went straight to number "
                "one on the singles chart for three weeks. The BPI made it platinum. "
                "The album did better here than at home, peaking at nine on the "
                "albums chart and picking up a BPI silver disc."
            ),
            "H: Side by side",
            (
                "LIST: Single: No. 3 on the Hot 100, No. 1 on the UK Singles Chart | "
                "Album: No. 15 on the Billboard 200, No. 9 on the UK Albums Chart | "
                "Single certifications: gold (RIAA), platinum (BPI)"
            ),
            (
                "Her follow-up, &#8220;Cut Glass,&#8221; reached number thirty in "
                "Britain and missed the American chart altogether, but that's a "
                "story for another post."
            ),
        ],
        video="yt:Uo2xE9iP6sD",
        film=("Heatwave Avenue", 1983),
        tracks=[
            "Don't Look Down",
        ],
        people=[
            ("Don't Look Down", "Marcie Thorne", "performer"),
            ("Don't Look Down", "Alan Greer", "composer"),
            ("Don't Look Down", "Nick Doyle", "composer"),
        ],
        albums=[
            "Heatwave Avenue: Original Soundtrack",
        ],
        peaks=[
            ("Don't Look Down", 3, "billboard_hot_100"),
            ("Don't Look Down", 12, "billboard_adult_contemporary"),
            ("Heatwave Avenue: Original Soundtrack", 15, "billboard_200"),
            ("Don't Look Down", 1, "uk_singles"),
            ("Heatwave Avenue: Original Soundtrack", 9, "uk_albums"),
        ],
        certs=[
            ("Don't Look Down", "gold", 1, "riaa"),
            ("Don't Look Down", "platinum", 1, "bpi"),
            ("Heatwave Avenue: Original Soundtrack", "silver", 1, "bpi"),
        ],
        places=[
            "Venice Beach",
        ],
    ),
    post(
        "paper-valentines-duet-l",
        "squarespace",
        "Two voices, two writers: the duet from Paper Valentines",
        [
            (
                "Duets were everywhere in 1986, but the one from <em>Paper "
                "Valentines</em> has aged better than most. &#8220;Say It Once (Say "
                "It Twice)&#8221; pairs the country singer Cal Brennan with the pop "
                "singer Donna Keyes, and the mismatch is the whole point."
            ),
            (
                "The song came from another pairing: Joel Kessler wrote the music "
                "and Marianne Ostrow the lyrics, working in different cities and "
                "trading cassettes through the post. Neither of them sings on the "
                "record, although Kessler's demo is floating around and he has a "
                "decent voice."
            ),
            (
                "It spent two weeks at the top of the Billboard Hot 100 and five "
                "atop the adult contemporary chart. North of the border it got to "
                "number four on RPM. The RIAA certified it platinum, and Music "
                "Canada followed with a gold."
            ),
            (
                "The film itself, a snowbound romance, was shot mostly in the "
                "Canadian Rockies: the grand hotel is the Chateau Lake Louise, "
                "standing in for a resort in the Swiss Alps, and the train scenes "
                "were filmed at the little railway stop at Field, British Columbia."
            ),
            (
                "Brennan and Keyes never recorded together again, though Keyes cut a "
                "solo version for her greatest-hits album in 1994. Stick with the "
                "original."
            ),
        ],
        video="yt:Wq4Ty8Ur3Io",
        film=("Paper Valentines", 1986),
        tracks=[
            "Say It Once (Say It Twice)",
        ],
        people=[
            ("Say It Once (Say It Twice)", "Cal Brennan", "performer"),
            ("Say It Once (Say It Twice)", "Donna Keyes", "performer"),
            ("Say It Once (Say It Twice)", "Joel Kessler", "composer"),
            ("Say It Once (Say It Twice)", "Marianne Ostrow", "composer"),
        ],
        peaks=[
            ("Say It Once (Say It Twice)", 1, "billboard_hot_100"),
            ("Say It Once (Say It Twice)", 1, "billboard_adult_contemporary"),
            ("Say It Once (Say It Twice)", 4, "canada_rpm"),
        ],
        certs=[
            ("Say It Once (Say It Twice)", "platinum", 1, "riaa"),
            ("Say It Once (Say It Twice)", "gold", 1, "music_canada"),
        ],
        places=[
            "Chateau Lake Louise",
            "Field",
        ],
        stood=[
            ("Chateau Lake Louise", "a resort in the Swiss Alps"),
        ],
    ),
    post(
        "cartographer-meridian-theme-l",
        "substack",
        "No words needed: the theme from The Cartographer",
        [
            (
                "Some film themes don't need a singer. The main theme from <em>The "
                "Cartographer</em> (1992), titled simply &#8220;Meridian,&#8221; is "
                "four minutes of strings and a lone piano line, and it's the reason "
                "most people remember the film at all."
            ),
            (
                "It was composed by Hélène Darrieux, who had mostly scored "
                "documentaries before this. There's no vocal version and, as far as "
                "I can tell, the pianist on the recording was never credited."
            ),
            (
                "Against all the odds for an instrumental, it climbed to number "
                "eighteen on the UK singles chart after a building society used it "
                "in an advert. The score album, <em>The Cartographer: Original "
                "Motion Picture Score</em>, reached thirty on the UK albums chart "
                "and was certified silver by the BPI."
            ),
            (
                "The film, about a mapmaker hired to survey Korčula in the 1930s, "
                "was shot in Ireland and Croatia. The Long Room at Trinity College "
                "Dublin played a Venetian archive, and the island scenes really were "
                "filmed on Korčula."
            ),
            (
                "Darrieux was born in Marseille and now teaches in Montreal, in case "
                "you were wondering why her name keeps turning up in Canadian "
                "credits."
            ),
            "Put your headphones on for this one.",
        ],
        video="vimeo:62874015",
        film=("The Cartographer", 1992),
        tracks=[
            "Meridian",
        ],
        people=[
            ("Meridian", "Hélène Darrieux", "composer"),
        ],
        albums=[
            "The Cartographer: Original Motion Picture Score",
        ],
        peaks=[
            ("Meridian", 18, "uk_singles"),
            ("The Cartographer: Original Motion Picture Score", 30, "uk_albums"),
        ],
        certs=[
            ("The Cartographer: Original Motion Picture Score", "silver", 1, "bpi"),
        ],
        places=[
            "Long Room",
            "Korčula",
        ],
        stood=[
            ("Long Room", "a Venetian archive"),
        ],
    ),
    post(
        "loud-summer-parish-lamps-l",
        "hugo",
        "Four lads, one song: The Parish Lamps and Loud Summer",
        [
            (
                "<em>Loud Summer</em> is a 1990 film about a Manchester band trying "
                "to get out of the rehearsal room, so it made sense that the "
                "producers hired a real band for the big song. The Parish Lamps were "
                "four lads from Stockport who'd released one EP on a tiny label "
                "called Canal Street Records."
            ),
            (
                "&#8220;Ceiling Stars&#8221; is credited to all four of them, Joe "
                "Farrant, Kit Mallory, Dev Sandhu and Ollie Brandt, and by Farrant's "
                "account they wrote it in a single night in Mallory's mum's front "
                "room. The producer on the record, Stu Kerrigan, gets no writing "
                "credit, for once."
            ),
            (
                "It's the Lamps' own recording you hear when the fictional band "
                "plays the big gig near the end, which tripped a lot of people up at "
                "the time: the actors are miming."
            ),
            (
                "It went to number eleven in the UK and, oddly, number five on "
                "Billboard's Modern Rock Tracks in the States. The BPI gave it a "
                "silver disc."
            ),
            (
                "The gig was filmed at the Salford Lads Club, and the street scenes "
                "are all in the Northern Quarter, long before it got trendy. There's "
                "a scene at Manchester Piccadilly too, standing in for Euston when "
                "the band finally head to London."
            ),
            (
                "Album? The soundtrack came out as <em>Loud Summer</em> on the same "
                "tiny label and vanished without trace."
            ),
        ],
        video="yt:Yd7gF3hK9jN",
        film=("Loud Summer", 1990),
        tracks=[
            "Ceiling Stars",
        ],
        people=[
            ("Ceiling Stars", "The Parish Lamps", "performer"),
            ("Ceiling Stars", "Joe Farrant", "composer"),
            ("Ceiling Stars", "Kit Mallory", "composer"),
            ("Ceiling Stars", "Dev Sandhu", "composer"),
            ("Ceiling Stars", "Ollie Brandt", "composer"),
        ],
        albums=[
            "Loud Summer",
        ],
        peaks=[
            ("Ceiling Stars", 11, "uk_singles"),
            ("Ceiling Stars", 5, "other:Billboard Modern Rock Tracks"),
        ],
        certs=[
            ("Ceiling Stars", "silver", 1, "bpi"),
        ],
        places=[
            "Salford Lads Club",
            "Northern Quarter",
            "Manchester Piccadilly",
        ],
        stood=[
            ("Manchester Piccadilly", "Euston"),
        ],
    ),
    post(
        "rollerdrome-nights-one-hit-l",
        "jekyll",
        "One hit and gone: Tina Vale's Spin Me Silly",
        [
            (
                "Every decade has its one-hit wonders, and the late seventies had "
                "more than most. Tina Vale had exactly one: &#8220;Spin Me "
                "Silly,&#8221; from the roller-disco film <em>Rollerdrome "
                "Nights</em> (1979)."
            ),
            (
                "The song was written by Morty Glass, a staff writer who churned out "
                "jingles for a living, and Vale, a backing singer up to then, was "
                "brought in to sing it after the first choice, Sherry Lane, dropped "
                "out."
            ),
            (
                "It peaked at number two on the Billboard Hot 100, kept off the top "
                "by a song nobody remembers now. It did even better abroad: a number "
                "one on the Kent Music Report in Australia, number four on Canada's "
                "RPM chart and number five on the West German chart. The RIAA and "
                "the BVMI both certified it gold."
            ),
            (
                "The skating scenes were shot at the Moonlight Rollerway in "
                "Glendale, which is still open, and the boardwalk bits at the "
                "Hermosa Beach Pier."
            ),
            (
                "Her follow-up, &#8220;Love on Wheels,&#8221; stalled at number "
                "seventy-one, and by 1981 she was back singing backup. Glass went on "
                "to write a couple of TV theme tunes."
            ),
            "Still a banger. Watch below.",
        ],
        video="yt:Pe5rW1tQ8zB",
        film=("Rollerdrome Nights", 1979),
        tracks=[
            "Spin Me Silly",
        ],
        people=[
            ("Spin Me Silly", "Tina Vale", "performer"),
            ("Spin Me Silly", "Morty Glass", "composer"),
        ],
        peaks=[
            ("Spin Me Silly", 2, "billboard_hot_100"),
            ("Spin Me Silly", 1, "australia_kent"),
            ("Spin Me Silly", 4, "canada_rpm"),
            ("Spin Me Silly", 5, "germany_media_control"),
        ],
        certs=[
            ("Spin Me Silly", "gold", 1, "riaa"),
            ("Spin Me Silly", "gold", 1, "bvmi"),
        ],
        places=[
            "Moonlight Rollerway",
            "Hermosa Beach Pier",
        ],
    ),
    post(
        "checkpoint-sierra-helsinki-l",
        "handmade",
        "When Helsinki was the Soviet Union: Checkpoint Sierra",
        [
            (
                "Western crews couldn't exactly film in Moscow in 1985, so "
                "<em>Checkpoint Sierra</em>, a Cold War spy thriller, did what "
                "plenty of productions did and went to Finland. Helsinki plays the "
                "Soviet Union for the whole film, and it's remarkably convincing."
            ),
            (
                "Senate Square, with its great flight of cathedral steps, stands in "
                "for a square in Leningrad, and the defector's meeting happens at "
                "the Uspenski Cathedral. The train sequences were shot at Helsinki "
                "Central Station; look out for the big stone lantern-bearers on the "
                "façade."
            ),
            (
                "The song over the end credits is &#8220;Nightingale in "
                "Winter,&#8221; sung by the Swedish singer Anya Larsen and written "
                "by the Englishman Paul Stirling. It was a number three hit in West "
                "Germany on the Media Control chart and topped Sverigetopplistan "
                "back home in Sweden."
            ),
            (
                "IFPI Sweden certified it gold, and the soundtrack LP, which never "
                "had a proper title, went gold in Germany with the BVMI."
            ),
            (
                "The story is set partly in East Berlin too, but those scenes are "
                "studio work, so there's nowhere to visit."
            ),
            "Here's the Senate Square scene.",
        ],
        video="yt:Ji0hN6mL2xC",
        film=("Checkpoint Sierra", 1985),
        tracks=[
            "Nightingale in Winter",
        ],
        people=[
            ("Nightingale in Winter", "Anya Larsen", "performer"),
            ("Nightingale in Winter", "Paul Stirling", "composer"),
        ],
        albums=[
            "Checkpoint Sierra soundtrack",
        ],
        peaks=[
            ("Nightingale in Winter", 3, "germany_media_control"),
            ("Nightingale in Winter", 1, "other:Sverigetopplistan"),
        ],
        certs=[
            ("Nightingale in Winter", "gold", 1, "ifpi"),
            ("Checkpoint Sierra soundtrack", "gold", 1, "bvmi"),
        ],
        places=[
            "Helsinki",
            "Senate Square",
            "Uspenski Cathedral",
            "Helsinki Central Station",
        ],
        stood=[
            ("Helsinki", "the Soviet Union"),
            ("Senate Square", "a square in Leningrad"),
        ],
    ),
]
