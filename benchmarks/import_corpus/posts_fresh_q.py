"""Round 10, set Q: twenty posts by an eighteenth writer who never saw the importer's code.

Invented films (1975-1995), songs, people, bands and labels; real filming places. Each
markup of markups.RENDERERS is used twice. Annotated per ANNOTATING.md.
"""

from .spec import post

POSTS = [
    # 1. A tour-bus guide's script.
    post(
        "harbour-coach-stop-four-q",
        "wp_classic",
        "Stop Four on the Harbour Coach: The Long Tide Home",
        [
            "<em>[GUIDE SCRIPT, Cork Harbour Heritage Coach, afternoon run. Read slowly."
            " Microphone on.]</em> Right so, folks, if I could have your eyes to the"
            " left-hand side of the coach. That enormous granite thing with the spire is"
            " St Colman's Cathedral, and yes, you've seen it before, even if you've never"
            " set foot in Ireland. In <em>The Long Tide Home</em>, the 1987 picture with"
            " the two brothers and the trawler, the cathedral played a Boston parish"
            " church. <em>(Pause. Someone always says &#8220;I knew it!&#8221;)</em>",
            "H: For the film buffs on board",
            "The film is set entirely in Massachusetts, mind you, and the director,"
            " Fintan Loughrey, was born over in Youghal, so none of them had to travel far"
            " to be homesick. They built the cathedral sequence around a wedding, and the"
            " crew spent a second week down the coast in Kinsale, where the harbour front"
            " got a coat of Yankee paint and a few American post boxes. <em>[If anyone"
            " asks: no, the post boxes are not still there.]</em>",
            "H: The song everybody hums on the way back",
            "Now, the bit of the film everyone remembers is the montage where the younger"
            " brother walks the quay at dawn, and the song over it is &#8220;Salt on the"
            " Window&#8221; by The Halyards. Four lads from Dingle, which is the far end of"
            " the country, so don't go looking for them here. Two people wrote that song,"
            " Declan Ó Faoláin and Rosaleen Murtagh, who were a couple at the time and,"
            " the story goes, are not anymore. <em>(Beat. Wait for the laugh.)</em>",
            "It went to number three on the Irish Singles Chart, which around here is"
            " the same as winning an Oscar, and it even crept onto the American Hot 100:"
            " forty-first. Forty-first! My uncle rang the radio station in Cork to"
            " complain that it wasn't higher.",
            "<em>[Driver turns onto the Lower Road here. Keep talking.]</em> They'd"
            " wanted to do the trawler scenes in Galway, I'm told, but the harbour master"
            " there wasn't having any of it, so the boat work was all done in a studio"
            " tank in the end. And whatever you do, don't ask the driver to play"
            " &#8220;Whiskey on a Wednesday&#8221;: that one's from a different film"
            " altogether, and he will sing along.",
        ],
        video="yt:Hb3kQ9xLm2T",
        film=("The Long Tide Home", 1987),
        tracks=["Salt on the Window"],
        people=[
            ("Salt on the Window", "The Halyards", "performer"),
            ("Salt on the Window", "Declan Ó Faoláin", "composer"),
            ("Salt on the Window", "Rosaleen Murtagh", "composer"),
        ],
        peaks=[
            ("Salt on the Window", 3, "other:Irish Singles Chart"),
            ("Salt on the Window", 41, "billboard_hot_100"),
        ],
        places=["St Colman's Cathedral", "Kinsale"],
        stood=[("St Colman's Cathedral", "a Boston parish church")],
    ),
    # 2. A wedding-speech writer.
    post(
        "first-dance-requests-carousel-q",
        "gutenberg",
        "I Write Wedding Speeches, and Everyone Wants the Carousel Song",
        [
            "I've written something like four hundred toasts since 1998, and there is one"
            " request that will not die: the best man wants to &#8220;do a bit&#8221;"
            " about the carousel montage from <em>Carousel of Small Hours</em> (1991), and"
            " then the couple wants to walk out to the song. (Penelope Strand-Okafor"
            " directed it, in case your best man wants a trivia question; he doesn't.)"
            " So, for my sanity and yours, here is what you need to know before you stand"
            " up with a microphone and a glass of prosecco.",
            "H: The song",
            "It's &#8220;(Stay) Until the Candles Go&#8221; and no, the parentheses aren't"
            " optional; the bride's mother will correct you. Marisol Quintero-Baines sings"
            " it. A fellow called Heath Aldridge wrote it, allegedly on the back of a"
            " napkin at his sister's reception, which is exactly the kind of anecdote I"
            " will put in your speech whether or not it's true.",
            "Some lines you may steal:",
            "LIST: &#8220;Like that song, which sat at number one on Billboard's Adult"
            " Contemporary chart for four straight weeks, their love is steady rather"
            " than flashy.&#8221; | &#8220;It only got to No. 9 on the Hot 100, but it"
            " went gold in the States, and so did this marriage.&#8221; (Golden"
            " anniversaries only. Or never.) | &#8220;The soundtrack went double platinum"
            " in America. These two have been double-booked since the day they"
            " met.&#8221;",
            "The album itself, for those playing along at home, is <em>Carousel of Small"
            " Hours: Music from the Motion Picture</em>, and I have seen it framed above"
            " a fireplace in Leeds.",
            "H: The carousel itself",
            "Couples ask me if they can have their photos taken on the actual carousel."
            " You can! It's the Looff Hippodrome on the Santa Monica Pier, and in the film"
            " it doubled for Atlantic City's Steel Pier, which is why the groom keeps"
            " talking about the Boardwalk while a Pacific sunset blazes behind him."
            " Hollywood.",
            "One warning: a surprising number of people confuse it with &#8220;Paper"
            " Moons Over Tulsa&#8221;, the big ballad from <em>Tulsa Rising</em>, which hit"
            " No. 2 on the Hot 100 in 1984. Different film, different decade, and if you"
            " play it for the first dance the groom's Oklahoma cousins will cheer for the"
            " wrong reasons.",
        ],
        video="yt:c7Vn_0pRzWe",
        film=("Carousel of Small Hours", 1991),
        tracks=["(Stay) Until the Candles Go"],
        people=[
            ("(Stay) Until the Candles Go", "Marisol Quintero-Baines", "performer"),
            ("(Stay) Until the Candles Go", "Heath Aldridge", "composer"),
        ],
        albums=["Carousel of Small Hours: Music from the Motion Picture"],
        peaks=[
            ("(Stay) Until the Candles Go", 1, "billboard_adult_contemporary"),
            ("(Stay) Until the Candles Go", 9, "billboard_hot_100"),
        ],
        certs=[
            ("(Stay) Until the Candles Go", "gold", 1, "riaa"),
            (
                "Carousel of Small Hours: Music from the Motion Picture",
                "platinum",
                2,
                "riaa",
            ),
        ],
        places=["Looff Hippodrome"],
        stood=[("Looff Hippodrome", "Atlantic City's Steel Pier")],
    ),
    # 3. A music-licensing lawyer.
    post(
        "clearing-the-mill-montage-q",
        "ghost",
        "What It Took to Clear the Montage in Dead Reckoning, Ohio",
        [
            "Disclaimer first, because I can't help it: nothing here is legal advice, and"
            " the figures are from memory and public filings. I get asked at panels why"
            " the steel-mill montage in <em>Dead Reckoning, Ohio</em> (1983) is a case"
            " study in my field. Short answer: two songs, four rights holders, one very"
            " stubborn producer.",
            "H: The cue sheet",
            "The cue sheet lists two vocal cues in the montage:",
            "LIST: &#8220;Tin-Roof Hallelujah&#8221;, performed by Dry County Choir;"
            " writers of record Ansel Grünewald and Priya Venkataraman (50/50 split) |"
            " &#8220;Eleven Miles of Static&#8221;, written and performed by Loretta"
            " Baptiste-Kane, who, unusually for 1983, controlled her own publishing",
            "Grünewald's share was administered out of Hamburg, which is why the"
            " paperwork took three months; his co-writer signed in a week. The master for"
            " the first cue belonged to Pellucid Records, who wanted a most-favoured-nations"
            " clause, meaning whatever Baptiste-Kane got, they got.",
            "H: What the producer wanted",
            "Harlan Mbeki-Stowe, who produced, originally temped the montage with"
            " &#8220;Rust Belt Lullaby&#8221;. We never cleared it: the writer's estate"
            " said no, full stop, and it is not in the film. (Producers, take note: never"
            " fall in love with your temp track.)",
            "H: Did it pay off?",
            "For the label, yes. &#8220;Tin-Roof Hallelujah&#8221; reached No. 22 on"
            " Billboard's Mainstream Rock chart, not a smash but respectable for a song"
            " about a foreclosure. The soundtrack LP peaked at 38 on the Billboard 200 and"
            " was certified gold in Canada, of all places; my Toronto colleague still"
            " sends me a card about it every year.",
            "For the location people: the mill exteriors were filmed at the Carrie"
            " Furnace outside Pittsburgh, standing in for a fictional Ohio steel town, and"
            " that location agreement was, frankly, simpler than anything I negotiated. A"
            " reissue in 1996 reopened every licence, but that is a story for another"
            " panel.",
        ],
        video="yt:Lq8-Tz4sNa1",
        film=("Dead Reckoning, Ohio", 1983),
        tracks=["Tin-Roof Hallelujah", "Eleven Miles of Static"],
        people=[
            ("Tin-Roof Hallelujah", "Dry County Choir", "performer"),
            ("Tin-Roof Hallelujah", "Ansel Grünewald", "composer"),
            ("Tin-Roof Hallelujah", "Priya Venkataraman", "composer"),
            ("Eleven Miles of Static", "Loretta Baptiste-Kane", "composer"),
            ("Eleven Miles of Static", "Loretta Baptiste-Kane", "performer"),
        ],
        albums=["Dead Reckoning, Ohio soundtrack"],
        peaks=[
            ("Tin-Roof Hallelujah", 22, "billboard_mainstream_rock"),
            ("Dead Reckoning, Ohio soundtrack", 38, "billboard_200"),
        ],
        certs=[("Dead Reckoning, Ohio soundtrack", "gold", 1, "music_canada")],
        places=["Carrie Furnace"],
        stood=[("Carrie Furnace", "a fictional Ohio steel town")],
    ),
    # 4. A lighthouse keeper.
    post(
        "keepers-log-fog-signal-q",
        "blogger",
        "Keeper's Log: Watching The Fog Signal Again",
        [
            "Wind SW 20 knots, visibility poor, lamp lit at 17:42. Quiet night, so I put"
            " on <em>The Fog Signal</em> (1979) for the fourth winter running. I keep the"
            " light at Cape Forchu, and I have opinions about how films show this job.",
            "The story is supposed to be Finistère, all granite and Breton sailors, but"
            " anyone from this coast knows that lamp room. They shot it at Peggy's Point"
            " Lighthouse, which plays a lighthouse on the coast of Brittany, and the"
            " harbour scenes were done in Lunenburg with the schooners turned round so"
            " their names didn't show. The keeper in the film polishes the lens far too"
            " often. Nobody polishes it that often.",
            "The song at the end, when he climbs the stairs for the last time, is"
            " &#8220;Lamp Oil and Longing.&#8221; Aurélie Ferland sang it, and Gaston"
            " Thibodeau-Reyes (who did the whole score) wrote it. It got as high as number"
            " 12 on the RPM chart up here that spring, and the station in Yarmouth played"
            " it every night at sign-off. Fog came in around midnight. Horn on. Film"
            " off.",
        ],
        video="vimeo:318802746",
        film=("The Fog Signal", 1979),
        tracks=["Lamp Oil and Longing"],
        people=[
            ("Lamp Oil and Longing", "Aurélie Ferland", "performer"),
            ("Lamp Oil and Longing", "Gaston Thibodeau-Reyes", "composer"),
        ],
        peaks=[("Lamp Oil and Longing", 12, "canada_rpm")],
        places=["Peggy's Point Lighthouse", "Lunenburg"],
        stood=[("Peggy's Point Lighthouse", "a lighthouse on the coast of Brittany")],
    ),
    # 5. A comic-book artist.
    post(
        "thumbnailing-the-rooftop-montage-q",
        "medium",
        "Thumbnailing the Rooftop Montage, Panel by Panel",
        [
            "I draw comics for a living, which means I can't watch a montage without"
            " breaking it into panels. The one I keep coming back to is the rooftop"
            " sequence from <em>Ink &amp; Asphalt</em>, the 1989 newspaper thriller,"
            " because it's basically a splash page that moves.",
            "H: The breakdown",
            "Here's how I'd thumbnail it, eight panels over two tiers:",
            "LIST: Establishing: the reporter on the roof at dusk | Close-up: ink-stained"
            " fingers on a typewriter | Insert: a headline we never quite read | Wide: the"
            " chase across the Sixth Street Viaduct (yes, that bridge; half of LA's car"
            " commercials live there) | Reaction: the editor, all eyebrows | Two-shot on"
            " the roof again | Silent panel: rain | Final beat: the presses roll",
            "The film is set in New York and never admits otherwise. It calls its"
            " skyscraper the Manhattan Courier building; it was really the Bradbury"
            " Building in Los Angeles, wrought-iron atrium and all. I drew that atrium"
            " for a graphic novel in 2003 and I still have the cramp.",
            "H: The sound of a page turn",
            "What makes it work is the song. &#8220;Halftone Heart&#8221; is by Benday"
            " &amp; the Dots, a name that made every colourist I know fall in love, and it"
            " was written by Kenji Moriyama-Ortiz, who also drew the band's sleeves. The"
            " single did better in Britain than at home: number 17 over there, while over"
            " here it stalled at 27 on the Hot 100.",
            "There's a cover by the Shimmer Twins from 1994, all drum machines. I'd"
            " rather not talk about it.",
        ],
        video="yt:mX2rK7bYd0P",
        film=("Ink & Asphalt", 1989),
        tracks=["Halftone Heart"],
        people=[
            ("Halftone Heart", "Benday & the Dots", "performer"),
            ("Halftone Heart", "Kenji Moriyama-Ortiz", "composer"),
        ],
        peaks=[
            ("Halftone Heart", 17, "uk_singles"),
            ("Halftone Heart", 27, "billboard_hot_100"),
        ],
        places=["Sixth Street Viaduct", "Bradbury Building"],
        stood=[("Bradbury Building", "the Manhattan Courier building")],
    ),
    # 6. A barista's blog.
    post(
        "pulling-shots-to-crema-q",
        "squarespace",
        "Pulling Shots to Crema",
        [
            "Slow morning at the bar, so while the grinder warms up: a post about the only"
            " film I know that gets a café right. <em>Crema</em> came out in 1986, and I've"
            " watched it more times than I've descaled the machine (which is to say a"
            " lot, but not enough).",
            "H: The café",
            "The café in the film is real. It's Bar Italia on Frith Street, standing in"
            " for a café in Milan, and honestly it makes a better Milan than Milan. The"
            " producers had scouted Caffè Florian in Venice first, but the permit fell"
            " through, which is how a Soho institution ended up with an Italian accent."
            " Go on a weekday morning, order a macchiato, pretend you're in a montage.",
            "H: The song that plays while she pulls the shot",
            "&#8220;Slow Pour&#8221; is Nadège Okonkwo's song: she sings it and co-wrote"
            " it with Lars-Erik Dahlquist, a Swedish session bassist. (Nadège grew up in"
            " Lyon, hence the accent in the spoken bit.) It went top ten in Australia, No."
            " 7 on the Kent Music Report, and was certified platinum there, which is more"
            " than I can say for my latte art.",
            "This week's shop playlist, for those who ask at the counter: &#8220;Kettle"
            " Drum Summer&#8221; by the Mollusks, the Okonkwo (obviously), and something"
            " Jonah put on that I refuse to name.",
        ],
        video="yt:Zt5wq_Hn8Ue",
        film=("Crema", 1986),
        tracks=["Slow Pour"],
        people=[
            ("Slow Pour", "Nadège Okonkwo", "performer"),
            ("Slow Pour", "Nadège Okonkwo", "composer"),
            ("Slow Pour", "Lars-Erik Dahlquist", "composer"),
        ],
        peaks=[("Slow Pour", 7, "australia_kent")],
        certs=[("Slow Pour", "platinum", 1, "aria")],
        places=["Bar Italia"],
        stood=[("Bar Italia", "a café in Milan")],
    ),
    # 7. A mountain-rescue volunteer.
    post(
        "callout-log-kestrel-pass-q",
        "substack",
        "Callout Log: What Whiteout at Kestrel Pass Gets Wrong",
        [
            "Hi all. Quiet fortnight for the team, two callouts, both ankles. So this"
            " issue I'm doing the thing you keep asking for: a rescue volunteer's take on"
            " <em>Whiteout at Kestrel Pass</em> (1984), the film half of you cite when you"
            " tell me you &#8220;know about avalanches.&#8221;",
            "H: Where it was really shot",
            "The film claims to be in Switzerland. It isn't. The summit scenes were shot"
            " on Buachaille Etive Mòr, which stood in for the Swiss Alps with a bit of"
            " matte painting, and the warm-hut scenes were done inside the Clachaig Inn,"
            " down in the glen. I've been carried out of the Clachaig myself, for"
            " unrelated reasons. Apparently the producers wanted the Eiger, but the"
            " insurers said no.",
            "H: What it gets wrong",
            "LIST: Nobody carries a coil of rope like that | Shouting does not"
            " &#8220;trigger the snow&#8221;; that's a myth | The helicopter would never"
            " land there | Nobody in our team (Lochaber, based out of Fort William) has"
            " ever had a ballad written about them",
            "H: The ballad",
            "Speaking of which. The song over the final descent is &#8220;Lie Still..."
            " Till Morning&#8221;. Struan McAskill sings it, and he co-wrote it with the"
            " fiddler Ishbel Rennie. Number six in the UK singles chart in the spring of"
            " '84, which I know because my mum bought two copies, and the soundtrack album"
            " went silver in Britain too.",
            "Stay safe, check the forecast, and tell someone your route.",
        ],
        video="yt:aR9cV3kLp-Q",
        film=("Whiteout at Kestrel Pass", 1984),
        tracks=["Lie Still... Till Morning"],
        people=[
            ("Lie Still... Till Morning", "Struan McAskill", "performer"),
            ("Lie Still... Till Morning", "Struan McAskill", "composer"),
            ("Lie Still... Till Morning", "Ishbel Rennie", "composer"),
        ],
        albums=["Whiteout at Kestrel Pass soundtrack"],
        peaks=[("Lie Still... Till Morning", 6, "uk_singles")],
        certs=[("Whiteout at Kestrel Pass soundtrack", "silver", 1, "bpi")],
        places=["Buachaille Etive Mòr", "Clachaig Inn"],
        stood=[("Buachaille Etive Mòr", "the Swiss Alps")],
    ),
    # 8. A prairie newspaper column.
    post(
        "prairie-notes-hollywood-in-rosetown-q",
        "hugo",
        "Prairie Notes: When Hollywood Came to Rosetown",
        [
            "Folks at the coffee row have been asking again about the Hollywood picture,"
            " so here it is, once and for all. The crew came through in the summer of"
            " '77, and <em>Wide Open Tuesday</em> finally reached the Roxy in Saskatoon in"
            " the spring of 1978. Some of you are still waiting for your cheques as"
            " extras.",
            "H: Main Street goes to Montana",
            "They dressed up Rosetown's main street with hitching posts and a saloon"
            " sign, and in the picture it plays a Montana cattle town. Mrs. Lorna"
            " Kreutzer's hardware store became the sheriff's office. The dance-hall scene,"
            " where the rancher's daughter finally gets her waltz, was filmed at Danceland"
            " out at Manitou Beach, on that famous horsehair floor.",
            "H: Our own songwriter",
            "The tune they waltz to was written by one of ours. Mae Ostapchuk, born in"
            " Biggar and a Rosetown piano teacher for forty years, wrote &#8220;Two Steps"
            " from the Co-op&#8221;, and Wendell Saskiw and the Quarter Section Band"
            " recorded it for the film. Wendell's boys are from Moose Jaw, but we forgive"
            " them.",
            "That record went gold in this country, and it got to number thirty-one on"
            " the RPM singles chart, which Mae said was &#8220;thirty places too"
            " low.&#8221; Our Legion band still plays it between &#8220;The Kindersley"
            " Polka&#8221; and the raffle draw.",
            "Readers have written in to ask whether the saloon sign is still up. It is"
            " not. It's in Lorna's garage.",
        ],
        video="yt:P0dfGh4Jk7s",
        film=("Wide Open Tuesday", 1978),
        tracks=["Two Steps from the Co-op"],
        people=[
            ("Two Steps from the Co-op", "Mae Ostapchuk", "composer"),
            (
                "Two Steps from the Co-op",
                "Wendell Saskiw and the Quarter Section Band",
                "performer",
            ),
        ],
        peaks=[("Two Steps from the Co-op", 31, "canada_rpm")],
        certs=[("Two Steps from the Co-op", "gold", 1, "music_canada")],
        places=["Rosetown", "Danceland"],
        stood=[("Rosetown", "a Montana cattle town")],
    ),
    # 9. An Australian surf blog.
    post(
        "offshore-northerly-soundtrack-stoke-q",
        "jekyll",
        "Offshore Northerly: Still the Best Surf Flick Soundtrack, Fight Me",
        [
            "G'day crew. Flat as a tack this arvo so I'm doing a soundtrack post instead."
            " <em>Offshore Northerly</em> came out in '82 and it's still the one every"
            " grommet's dad quotes in the car park.",
            "H: Where they surfed",
            "The real waves are Bells Beach, no argument. The &#8220;Hawaii&#8221; stuff"
            " though? That's Snapper Rocks on the Goldie, doubling for the North Shore,"
            " and anyone who's paddled out there can spot the groyne. I grew up at Torquay"
            " so I'll admit I'm biased towards the Bells footage.",
            "H: The tunes",
            "The one everybody remembers is &#8220;Sunburnt Radio&#8221;. Quick facts for"
            " the grommets:",
            "LIST: Band: The Longboard Saints | Written by: Col Prendergast and Tiahna"
            " Waititi, in a van at Angourie (allegedly) | Kent Music Report: No. 2 |"
            " Went gold here in Australia",
            "The Saints are Newcastle boys, which explains the accent. And the soundtrack"
            " album, <em>Offshore Northerly: Original Soundtrack</em>? Top of the Kent"
            " albums chart for five weeks and 3x platinum in Australia. Every second"
            " Kingswood had it on cassette.",
            "Their follow-up, &#8220;Rip Current Romeo&#8221;, hit number five in 1984,"
            " but it's not in the film so don't @ me.",
        ],
        video="yt:sU1xNq6mB8z",
        film=("Offshore Northerly", 1982),
        tracks=["Sunburnt Radio"],
        people=[
            ("Sunburnt Radio", "The Longboard Saints", "performer"),
            ("Sunburnt Radio", "Col Prendergast", "composer"),
            ("Sunburnt Radio", "Tiahna Waititi", "composer"),
        ],
        albums=["Offshore Northerly: Original Soundtrack"],
        peaks=[
            ("Sunburnt Radio", 2, "australia_kent"),
            ("Offshore Northerly: Original Soundtrack", 1, "australia_kent"),
        ],
        certs=[
            ("Sunburnt Radio", "gold", 1, "aria"),
            ("Offshore Northerly: Original Soundtrack", "platinum", 3, "aria"),
        ],
        places=["Bells Beach", "Snapper Rocks"],
        stood=[("Snapper Rocks", "the North Shore")],
    ),
    # 10. A German expat.
    post(
        "heimweh-at-the-cinema-q",
        "handmade",
        "Heimweh at the Cinema: Checkpoint Lullaby",
        [
            "Hello again from Columbus, Ohio, where I live now already twelve years and"
            " still nobody can make a proper Brezel. Yesterday the cable channel showed"
            " <em>Checkpoint Lullaby</em> (1990), and I must write about it, because for"
            " once an American film shows my Germany and not only Lederhosen.",
            "The story plays in Czechoslovakia, in the last winter before the Wall falls,"
            " but look closely: the bridge where the lovers meet is the Oberbaumbrücke in"
            " Berlin, which plays a bridge in Prague. Every Berliner in the cinema laughed,"
            " because you can see the U-Bahn going over the top. And the harbour"
            " warehouses? Speicherstadt, in Hamburg. They wanted to film in the real"
            " Prague, says the director in an interview, but in 1989 this was not so"
            " easy.",
            "And now the song, the reason I write. &#8220;Grenzenlos (Without"
            " Borders)&#8221; sings Katrin Vöhringer, and she wrote it together with Jürgen"
            " Oßwald. In Germany this was a very big thing: Platz 3 in the Media Control"
            " charts, and a Goldene Schallplatte. In Austria even number one in the Ö3"
            " Austria Top 40. My mother had the single in her kitchen.",
            "I grew up in Wuppertal, where we have no bridge this famous, only the"
            " Schwebebahn. So I am a little jealous of Berlin.",
            "Small correction to my last post: I wrote Katrin was from Leipzig. She is"
            " from Stuttgart. Entschuldigung!",
        ],
        video="vimeo:204417335",
        film=("Checkpoint Lullaby", 1990),
        tracks=["Grenzenlos (Without Borders)"],
        people=[
            ("Grenzenlos (Without Borders)", "Katrin Vöhringer", "performer"),
            ("Grenzenlos (Without Borders)", "Katrin Vöhringer", "composer"),
            ("Grenzenlos (Without Borders)", "Jürgen Oßwald", "composer"),
        ],
        peaks=[
            ("Grenzenlos (Without Borders)", 3, "germany_media_control"),
            ("Grenzenlos (Without Borders)", 1, "other:Ö3 Austria Top 40"),
        ],
        certs=[("Grenzenlos (Without Borders)", "gold", 1, "bvmi")],
        places=["Oberbaumbrücke", "Speicherstadt"],
        stood=[("Oberbaumbrücke", "a bridge in Prague")],
    ),
    # 11. A translated French critic.
    post(
        "ete-des-oiseaux-de-verre-translated-q",
        "wp_classic",
        "L'Été des oiseaux de verre: A Review (Translated from the French)",
        [
            "<em>[Translator's note: this review first appeared in a Marseille weekly. I"
            " have kept the author's long sentences, because cutting them felt like"
            " vandalism. T.N.]</em>",
            "One does not watch <em>L'Été des oiseaux de verre</em> (1980); one submits to"
            " it, the way one submits to the mistral, with resentment and then gratitude."
            " The director, Anselme Rouquier, had wanted Tangier, had dreamed of Tangier,"
            " had (it is said) already rented an apartment in Tangier, and the producers"
            " refused, and so the film became something else entirely.",
            "H: The concrete and the sea",
            "Le Corbusier's Cité radieuse plays an Algiers apartment block, and plays it"
            " with the solemnity of a cathedral. The corridors, which the architect called"
            " streets, become the streets of a city that is not there. Then the camera"
            " descends to the Vieux-Port for the fish-market sequence, and for ten minutes"
            " the film forgets its politics and remembers its appetite.",
            "H: La chanson",
            "And then there is the song. &#8220;Chanson pour personne&#8221;, sung by"
            " Hélène Marchetti with the voice of someone who has just stopped crying;"
            " lyrics by Jean-Baptiste N'Diaye, music by Raphaël Coste-Lévy. <em>[T.N.:"
            " the author assumes every reader knows the record was certified gold by the"
            " SNEP. I add, for English readers, that it also reached number 34 on the"
            " British singles chart, a rare thing for a song in French.]</em>",
            "An English version, &#8220;Song for Nobody&#8221;, was recorded in 1983 by a"
            " certain Dale Whitcombe. The author's opinion of it cannot be translated"
            " politely.",
            "<em>[T.N.: the author was born in Oran, which perhaps explains the"
            " tenderness toward Algiers. I leave this to the reader.]</em>",
        ],
        video="yt:Ww2e_R5tYu9",
        film=("L'Été des oiseaux de verre", 1980),
        tracks=["Chanson pour personne"],
        people=[
            ("Chanson pour personne", "Hélène Marchetti", "performer"),
            ("Chanson pour personne", "Jean-Baptiste N'Diaye", "composer"),
            ("Chanson pour personne", "Raphaël Coste-Lévy", "composer"),
        ],
        peaks=[("Chanson pour personne", 34, "uk_singles")],
        certs=[("Chanson pour personne", "gold", 1, "snep")],
        places=["Cité radieuse", "Vieux-Port"],
        stood=[("Cité radieuse", "an Algiers apartment block")],
    ),
    # 12. A vintage car club newsletter.
    post(
        "club-newsletter-fender-skirts-q",
        "gutenberg",
        "Chrome and Celluloid: Club Movie Night Notes",
        [
            "From the Secretary's desk, Tri-County Antique Auto Club, autumn issue. Thanks"
            " to all eleven members who braved the drizzle for movie night at the"
            " clubhouse in Towson. As promised, we screened <em>Fender Skirts"
            " Forever</em> (1988), the one with Earl Macready's own 1957 Bel Air in the"
            " drag-race scene. (Earl asks us to note that the car was repainted for the"
            " film and that he has the receipts.)",
            "H: Where they filmed",
            "Some members were surprised to learn the drive-in scenes weren't shot in"
            " California at all. They were filmed right here in Maryland, at the Bengies"
            " Drive-In, standing in for a 1958 California drive-in. The story is set in"
            " Bakersfield, but the cruising scene on the boardwalk was shot in Wildwood,"
            " New Jersey. Walt swears he can see his cousin's Nomad in the background.",
            "H: Members' questions",
            "Doris P. asks: &#8220;What was the song when the Bel Air pulls into the"
            " drive-in?&#8221; That's &#8220;Whitewall Romeo&#8221; by The Esquire Five,"
            " written by Buddy Laframboise. It got to No. 12 on the Hot 100, and the"
            " Esquire Five never had another hit, which Walt says is the way of things.",
            "Gus from the Studebaker chapter asks about the slow number at the end. That's"
            " &#8220;Slow Down, Margarita&#8221;, recorded by Los Cometas; Rafael Ybarra"
            " wrote the song. It made the Adult Contemporary top 20 (18th, to be"
            " exact).",
            "And yes, the record-shop scene features the soundtrack album, <em>Fender"
            " Skirts Forever: Songs from the Film</em>, which the RIAA certified platinum."
            " Our treasurer has a sealed copy and will not be selling it, so please stop"
            " asking.",
            "Next meeting: second Sunday. Bring your own chrome polish.",
        ],
        video="yt:kT7LmN0pQr3",
        film=("Fender Skirts Forever", 1988),
        tracks=["Whitewall Romeo", "Slow Down, Margarita"],
        people=[
            ("Whitewall Romeo", "The Esquire Five", "performer"),
            ("Whitewall Romeo", "Buddy Laframboise", "composer"),
            ("Slow Down, Margarita", "Los Cometas", "performer"),
            ("Slow Down, Margarita", "Rafael Ybarra", "composer"),
        ],
        albums=["Fender Skirts Forever: Songs from the Film"],
        peaks=[
            ("Whitewall Romeo", 12, "billboard_hot_100"),
            ("Slow Down, Margarita", 18, "billboard_adult_contemporary"),
        ],
        certs=[("Fender Skirts Forever: Songs from the Film", "platinum", 1, "riaa")],
        places=["Bengies Drive-In", "Wildwood"],
        stood=[("Bengies Drive-In", "a 1958 California drive-in")],
    ),
    # 13. A jingle writer.
    post(
        "thirty-seconds-of-hook-q",
        "ghost",
        "Thirty Seconds of Hook: A Jingle Writer on the Market Montage",
        [
            "I have written jingles for twenty-six years. Yogurt, tyres, a regional bank"
            " that no longer exists. So when people ask why the montage in <em>Sunday"
            " Best, Monday Worst</em> (1992) works so well, my answer is unromantic: its"
            " song is a jingle with ambitions.",
            "H: Anatomy of the hook",
            "LIST: Sing the title in the first eight seconds | Give it three syllables and"
            " a punctuation mark nobody can pronounce | Key change at 0:48, exactly where"
            " the heroine opens the shop | Get out before anyone gets bored",
            "The song is &#8220;Ready-Set-Yes!&#8221;, exclamation mark included, to the"
            " eternal misery of radio programmers. Tamsin Achebe-Ward sings it. Morty"
            " Szabó and Gwen Larrabee wrote it. I shared an office wall with Morty in 1987,"
            " when he was writing the &#8220;Fresh Fields, Fresh Start&#8221; spot for a"
            " grocery chain, and he hummed this exact melody then. I'm not saying"
            " anything. I'm just saying.",
            "Commercially, it did what a good jingle does: got in and got out."
            " Thirty-third on the Hot 100, fifth on the adult contemporary chart, and then"
            " a mattress company licensed it in 1997 and it has been selling box springs"
            " ever since.",
            "H: The montage",
            "The montage itself was shot at the Reading Terminal Market in Philadelphia,"
            " which played a Baltimore fish market, and along Boathouse Row for the rowing"
            " bit at the end. The story is set in Baltimore and the movie never lets you"
            " forget it: there are crab mallets in every scene.",
        ],
        video="vimeo:271093558",
        film=("Sunday Best, Monday Worst", 1992),
        tracks=["Ready-Set-Yes!"],
        people=[
            ("Ready-Set-Yes!", "Tamsin Achebe-Ward", "performer"),
            ("Ready-Set-Yes!", "Morty Szabó", "composer"),
            ("Ready-Set-Yes!", "Gwen Larrabee", "composer"),
        ],
        peaks=[
            ("Ready-Set-Yes!", 33, "billboard_hot_100"),
            ("Ready-Set-Yes!", 5, "billboard_adult_contemporary"),
        ],
        places=["Reading Terminal Market", "Boathouse Row"],
        stood=[("Reading Terminal Market", "a Baltimore fish market")],
    ),
    # 14. A film-poster collector.
    post(
        "one-sheets-cobalt-summer-q",
        "blogger",
        "One-Sheets and Oddities: My Cobalt Summer Collection",
        [
            "New acquisition! The Italian two-sheet for <em>Cobalt Summer</em> (1976)"
            " arrived today, rolled, with a tiny tear at the fold, and I have not stopped"
            " grinning. That brings my collection for this one film to nine posters from"
            " seven countries. My wife has stopped counting.",
            "H: The variants",
            "LIST: US one-sheet, style A: the couple on the bridge, tagline &#8220;Some"
            " summers never cool.&#8221; | US one-sheet, style B (the rare one): just the"
            " car and the desert | Italian two-sheet, painted by Renato Colapietro, with"
            " Big Ben behind the bridge | Polish poster by Jerzy Wąsik: a blue hand, no"
            " people, pure genius | Japanese B2: advertises the soundtrack LP in the"
            " corner",
            "A word on that Italian one, because people always ask. The bridge scenes"
            " weren't shot in England at all: the relocated London Bridge at Lake Havasu"
            " City doubled for London, and the Italian artist, bless him, painted Big Ben"
            " behind it anyway. The desert chase on style B was filmed in Oatman, Arizona,"
            " burros and all.",
            "H: The music, for the record collectors who wander in",
            "The main theme is &#8220;Theme from Cobalt Summer&#8221;, credited to The"
            " Vance Okafor Orchestra and composed by Vance Okafor himself. It went to No. 8"
            " on the Hot 100 and topped Billboard's Easy Listening chart (what we now call"
            " Adult Contemporary). The soundtrack LP that the Japanese poster plugs went"
            " gold in the US. I have that too, naturally.",
            "Don't confuse any of this with <em>Dune Buggy Apocalypse</em>, released the"
            " same summer, whose theme got to No. 3; I've seen dealers mislabel those"
            " posters twice this year.",
            "Reader question from Hal in Leicester: is the style B worth reframing? Yes."
            " Acid-free mat, always.",
        ],
        video="yt:Ob4Vx9-Cd2F",
        film=("Cobalt Summer", 1976),
        tracks=["Theme from Cobalt Summer"],
        people=[
            ("Theme from Cobalt Summer", "The Vance Okafor Orchestra", "performer"),
            ("Theme from Cobalt Summer", "Vance Okafor", "composer"),
        ],
        albums=["Cobalt Summer soundtrack"],
        peaks=[
            ("Theme from Cobalt Summer", 8, "billboard_hot_100"),
            ("Theme from Cobalt Summer", 1, "billboard_adult_contemporary"),
        ],
        certs=[("Cobalt Summer soundtrack", "gold", 1, "riaa")],
        places=["London Bridge", "Oatman"],
        stood=[("London Bridge", "London")],
    ),
    # 15. A choreographer.
    post(
        "counting-eights-pointe-of-no-return-q",
        "medium",
        "Counting Eights: Choreographing to Pointe of No Return",
        [
            "Every September I teach a workshop built around the rehearsal montage in"
            " <em>Pointe of No Return</em> (1994). Not because it's good choreography:"
            " Inés Barroso, who staged the film, told a dance magazine in 2001, &#8220;They"
            " cut my eights into sixes and my sixes into nothing.&#8221; I use it because"
            " the music counts itself.",
            "H: Five, six, seven, eight",
            "The big number is &#8220;Eight Counts to Heaven&#8221;, Delphine"
            " Achterberg's vocal over a drum loop you could mark a combination to in your"
            " sleep. Marcus Oyelaran-Finch wrote it. Delphine is from Utrecht, and the"
            " song was a huge hit at home (number one on the Dutch Top 40 and triple"
            " platinum in the Netherlands) before it went to number four in the UK, where"
            " the BPI certified it platinum.",
            "Under the floor-work section the film switches to &#8220;Floor Work&#8221;,"
            " an instrumental by Kinetic Avenue. Yes, the track is literally called that."
            " My students think I'm making it up.",
            "H: The rooms",
            "The studio scenes were shot in the rehearsal rooms at Sadler's Wells"
            " Theatre, and the rooftop finale on the roof of the Royal Festival Hall, which"
            " plays a Paris rooftop. The sprung floor you see is real; the Eiffel Tower in"
            " the matte shot is not. They'd hoped for the Palais Garnier, apparently, but"
            " the Opéra said no.",
            "Workshop tip: mark it at half tempo first. Your knees will thank you.",
        ],
        video="yt:gH6jK1lZ8aS",
        film=("Pointe of No Return", 1994),
        tracks=["Eight Counts to Heaven", "Floor Work"],
        people=[
            ("Eight Counts to Heaven", "Delphine Achterberg", "performer"),
            ("Eight Counts to Heaven", "Marcus Oyelaran-Finch", "composer"),
            ("Floor Work", "Kinetic Avenue", "performer"),
        ],
        peaks=[
            ("Eight Counts to Heaven", 1, "other:Dutch Top 40"),
            ("Eight Counts to Heaven", 4, "uk_singles"),
        ],
        certs=[
            ("Eight Counts to Heaven", "platinum", 3, "other"),
            ("Eight Counts to Heaven", "platinum", 1, "bpi"),
        ],
        places=["Sadler's Wells Theatre", "Royal Festival Hall"],
        stood=[("Royal Festival Hall", "a Paris rooftop")],
    ),
    # 16. A deaf viewer on captions.
    post(
        "upbeat-music-is-not-a-title-q",
        "squarespace",
        "[UPBEAT MUSIC] Is Not a Song Title",
        [
            "I've been deaf since birth and I watch everything with captions. I love"
            " music in films: I feel the bass through the floor and I read the lyrics in"
            " the captions. So it drives me up the wall when a caption just says [UPBEAT"
            " MUSIC]. <em>Vibration in the Floorboards</em> (1995) is the worst offender"
            " I've seen, which is ironic for a film with that title.",
            "H: What the captions said vs. what was playing",
            "For the rave montage, the DVD captions read &#8220;&#9834; Backstreet Halo"
            " &#9834;&#8221;. That's wrong. I checked the end credits frame by frame: the"
            " song in that scene is &#8220;What the Thunder Said&#8221;, performed by the"
            " Okonta Brothers and written by Siobhán Delacroix-Ng. Backstreet Halo is a"
            " different song from a different film, and as far as I can tell it isn't in"
            " this one at all.",
            "It's a big song, too, which makes the mistake stranger. It was number one in"
            " Canada (RPM, for the chart nerds) and went 2&#215; platinum there.",
            "H: Where it was filmed",
            "A friend who knows Toronto told me the warehouse rave was shot in the"
            " Distillery District, which is standing in for Detroit, and the subway chase"
            " is at Lower Bay station, the closed platform they rent out to film crews."
            " The captions, predictably, say [TRAIN APPROACHING].",
            "If you caption films: name the song. It's two extra seconds of typing.",
        ],
        video="yt:Yq3Wn7Er0Tp",
        film=("Vibration in the Floorboards", 1995),
        tracks=["What the Thunder Said"],
        people=[
            ("What the Thunder Said", "Okonta Brothers", "performer"),
            ("What the Thunder Said", "Siobhán Delacroix-Ng", "composer"),
        ],
        peaks=[("What the Thunder Said", 1, "canada_rpm")],
        certs=[("What the Thunder Said", "platinum", 2, "music_canada")],
        places=["Distillery District", "Lower Bay station"],
        stood=[("Distillery District", "Detroit")],
    ),
    # 17. A synthesizer nerd.
    post(
        "patch-notes-neon-cartography-q",
        "substack",
        "Patch Notes #31: The Synths of Neon Cartography",
        [
            "Welcome back, knob-twiddlers. This week: the montage in <em>Neon"
            " Cartography</em> (1984), which I maintain is the best-sounding three minutes"
            " of British cinema that decade. Gear talk first, then the gossip.",
            "H: The rig",
            "LIST: A polysynth for the pads (first sold in 1981, and yes, you can hear the"
            " chorus) | A drum machine, heavily gated | A little patch-panel synth for the"
            " weird squelch at 1:12 | A borrowed sampler nobody admits to using",
            "The song in the montage is &#8220;Polyphony for Two&#8221; by Vektor Lumen."
            " Both halves of the duo, Mette Skovgaard and Ray Castellanos-Wu, share the"
            " writing credit. They formed in Sheffield, which you'll find either obvious"
            " or offensive. Their earlier single, &#8220;Cathode Sunday&#8221;, scraped"
            " No. 40 in 1982; this one did rather better: ninth in the UK, and fourteenth"
            " on West Germany's Media Control chart.",
            "H: The score album",
            "The score came out as <em>Neon Cartography (Original Motion Picture"
            " Score)</em>. It peaked at 21 on the UK albums chart, and the BPI eventually"
            " gave it a silver disc, mostly, I suspect, on the strength of people like me"
            " buying three copies.",
            "H: Locations",
            "The montage itself was shot around the Barbican Estate, which stood in for a"
            " futuristic Tokyo (all that concrete under sodium light), with a couple of"
            " shots of Trellick Tower dropped in for the skyline. If you know London"
            " you'll laugh; if you don't, it works.",
            "Reader question, from Priyanka: &#8220;Was the polysynth really in the film"
            " or just on the record?&#8221; On the record, definitely. In the film there's"
            " one on set in the flat scene, but it isn't plugged in.",
            "Next week: the worst keytar in cinema. You know the one.",
        ],
        video="yt:nB5-vC8xZ2L",
        film=("Neon Cartography", 1984),
        tracks=["Polyphony for Two"],
        people=[
            ("Polyphony for Two", "Vektor Lumen", "performer"),
            ("Polyphony for Two", "Mette Skovgaard", "composer"),
            ("Polyphony for Two", "Ray Castellanos-Wu", "composer"),
        ],
        albums=["Neon Cartography (Original Motion Picture Score)"],
        peaks=[
            ("Polyphony for Two", 9, "uk_singles"),
            ("Polyphony for Two", 14, "germany_media_control"),
            ("Neon Cartography (Original Motion Picture Score)", 21, "uk_albums"),
        ],
        certs=[
            ("Neon Cartography (Original Motion Picture Score)", "silver", 1, "bpi"),
        ],
        places=["Barbican Estate", "Trellick Tower"],
        stood=[("Barbican Estate", "a futuristic Tokyo")],
    ),
    # 18. A church organist.
    post(
        "organ-loft-banns-of-september-q",
        "hugo",
        "From the Organ Loft: Banns of September",
        [
            "I have played for some eleven hundred weddings at St. Anne's here in"
            " Scranton, and I can tell you exactly when couples stopped asking for the"
            " old marches and started asking for the film song: the autumn after"
            " <em>Banns of September</em> came out in 1977.",
            "H: The processional",
            "The film opens with a processional written for it, &#8220;Processional for"
            " Ellen&#8221;, composed by Hildegard Moss-Ferreira and played by Cuthbert Ng,"
            " then an assistant organist in New York. I have transcribed it by ear. The"
            " pedal part is cruel.",
            "The church in the film is St. Bartholomew's Church on Park Avenue, which"
            " plays a cathedral in Philadelphia (a demotion, if you ask St. Bart's; a"
            " promotion, if you ask me). The reception that follows was shot in the Plaza"
            " Hotel ballroom.",
            "H: And then the pop song",
            "After the vows, the film cuts to the couple driving away and the organ gives"
            " way to &#8220;September Vows&#8221; by The Tollivers, the married duo Annette"
            " and Roy Tolliver, who wrote it together. It went to No. 4 on the Hot 100 and"
            " was certified gold by the RIAA, and the soundtrack made the Billboard 200's"
            " top ten (No. 7).",
            "I have had to play &#8220;September Vows&#8221; on the organ some three"
            " hundred times. It does not want to be played on an organ.",
        ],
        video="vimeo:145562907",
        film=("Banns of September", 1977),
        tracks=["Processional for Ellen", "September Vows"],
        people=[
            ("Processional for Ellen", "Hildegard Moss-Ferreira", "composer"),
            ("Processional for Ellen", "Cuthbert Ng", "performer"),
            ("September Vows", "The Tollivers", "performer"),
            ("September Vows", "Annette Tolliver", "composer"),
            ("September Vows", "Roy Tolliver", "composer"),
        ],
        albums=["Banns of September soundtrack"],
        peaks=[
            ("September Vows", 4, "billboard_hot_100"),
            ("Banns of September soundtrack", 7, "billboard_200"),
        ],
        certs=[("September Vows", "gold", 1, "riaa")],
        places=["St. Bartholomew's Church", "Plaza Hotel"],
        stood=[("St. Bartholomew's Church", "a cathedral in Philadelphia")],
    ),
    # 19. A bartender.
    post(
        "last-call-pairings-starlite-q",
        "jekyll",
        "Last Call Pairings: What to Pour for the Starlite",
        [
            "Slow Tuesday behind the stick, so here's a pairing post. <em>Last Call at the"
            " Starlite</em> (1985) is a bar movie made by people who clearly drank in bars,"
            " and it deserves a drink that respects it.",
            "H: The bar",
            "The bar in the film is really the Carousel Bar in the Hotel Monteleone,"
            " playing a Chicago hotel bar; you can tell by the revolving counter, which"
            " the film pretends is just the camera moving. The night exteriors are"
            " Frenchmen Street, lightly disguised with snow that was clearly soap."
            " Originally they wanted the Rainbow Room, but nobody would close it for a"
            " week.",
            "H: The song",
            "The montage where she closes up alone plays over &#8220;Bitters &amp;"
            " Regret&#8221;, sung by Odessa Quarles. Augustin Fontenot wrote it. It"
            " climbed to eleventh place on the Hot 100, and the record went gold in"
            " America and silver in Britain.",
            "H: The pairing",
            "LIST: A Sazerac, because the bar's own recipe is on the wall | Two dashes of"
            " bitters more than you think | No music on the jukebox except the Odessa"
            " Quarles, obviously",
            "Regulars always ask about &#8220;Neat, No Chaser&#8221; by Lula Beaumont:"
            " that's the one on our own jukebox, not in the film. Lula used to tend bar on"
            " Magazine Street, which is the only connection.",
        ],
        video="yt:Jf0dS4aQ9wE",
        film=("Last Call at the Starlite", 1985),
        tracks=["Bitters & Regret"],
        people=[
            ("Bitters & Regret", "Odessa Quarles", "performer"),
            ("Bitters & Regret", "Augustin Fontenot", "composer"),
        ],
        peaks=[("Bitters & Regret", 11, "billboard_hot_100")],
        certs=[
            ("Bitters & Regret", "gold", 1, "riaa"),
            ("Bitters & Regret", "silver", 1, "bpi"),
        ],
        places=["Carousel Bar", "Frenchmen Street"],
        stood=[("Carousel Bar", "a Chicago hotel bar")],
    ),
    # 20. A true-crime podcaster.
    post(
        "episode-forty-two-ardmore-street-q",
        "handmade",
        "Episode 42 Show Notes: The Ledger of Ardmore Street",
        [
            "[COLD OPEN: rain, a typewriter, a single piano note] Welcome back to Reel"
            " Evidence, the podcast where we investigate the crimes in movies and, this"
            " week, a crime against location trivia. Our case: <em>The Ledger of Ardmore"
            " Street</em>, released in 1981, about a bookkeeper who cooks the books for"
            " the wrong family.",
            "Exhibit A. For forty years, fan sites have claimed the famous alley scene was"
            " shot in Chicago. The story is set in Chicago, sure. But we tracked down the"
            " location manager, Benedetta Aiello, now 81, and she told us, quote,"
            " &#8220;We never went near Chicago. That was Elfreth's Alley in Philadelphia,"
            " dressed up for Prohibition.&#8221; So Elfreth's Alley played Prohibition-era"
            " Chicago, and a whole generation of tour guides owes us an apology.",
            "Exhibit B: the trial. Those courtroom scenes are inside the Old Courthouse in"
            " St. Louis, which is why the dome looks so familiar to anyone who's been on a"
            " school trip.",
            "Exhibit C: the song. The montage of the ledgers burning plays &#8220;Nobody"
            " Saw a Thing&#8221;, by Mabel Ferraro and the Alibis, written by her brother"
            " Dominic Ferraro. It spent two weeks at No. 19 on the Billboard Hot 100 and"
            " reached 26 on Canada's RPM chart.",
            "Correction from episode 41: I said the song peaked at No. 16. It was 19."
            " Thanks to listener Marguerite for the receipts. I also said Mabel was born"
            " in Cleveland; she was born in Buffalo. We regret the error. The band, for"
            " the record, were from Providence.",
            "[OUTRO MUSIC: not the Alibis, we couldn't afford them]",
        ],
        video="yt:Rt6yU2iO4pA",
        film=("The Ledger of Ardmore Street", 1981),
        tracks=["Nobody Saw a Thing"],
        people=[
            ("Nobody Saw a Thing", "Mabel Ferraro and the Alibis", "performer"),
            ("Nobody Saw a Thing", "Dominic Ferraro", "composer"),
        ],
        peaks=[
            ("Nobody Saw a Thing", 19, "billboard_hot_100"),
            ("Nobody Saw a Thing", 26, "canada_rpm"),
        ],
        places=["Elfreth's Alley", "Old Courthouse"],
        stood=[("Elfreth's Alley", "Prohibition-era Chicago")],
    ),
]
