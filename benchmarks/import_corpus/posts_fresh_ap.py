"""Round 22, set AP: twenty posts by a forty-third writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. Japanese city-pop collector
    post(
        "hoshizora-drive-summer-refrain-ap",
        "substack",
        "Digging report #41: the pool-side montage of Hoshizora Drive (1983)",
        [
            "Hello again to all subscribers, and welcome especially to the new readers from Brazil "
            "and from Poland, I see you in the statistics! This week I finally found, in a small shop "
            "in Koenji, the original copy with obi strip of a record I was hunting since eleven years. "
            "So of course I must write about the film where I heard it for the first time.",
            "The film is <em>Hoshizora Drive</em>, released in the summer of 1983, directed by "
            "Kazuhiko Oda, who later made mostly TV commercials for beer. The story is set in "
            "Yokohama: two young people and one red convertible, very simple. Honestly the story is "
            "not important. What is important comes eleven minutes after the start, the montage.",
            "H: The montage",
            "The couple drive along the sea at sunset, then swim in a hotel pool, then eat shaved "
            "ice, and all of it with no dialogue, only one song from beginning to end. This song is "
            "“Summer Refrain in Blue Glass”, sung by Reiko Amakawa (she was born in Sapporo, which "
            "makes the summer feeling more funny for me). Music and words both are from Tatsuo "
            "Minegishi, who was the studio keyboard man behind many records of that era, and you can "
            "hear his Rhodes piano very clearly in the second verse.",
            "Where did they shoot? The driving part is real Shōnan coast: the crew filmed it in "
            "Chigasaki, you can recognise the road if you ever took the bus there. The beach with the "
            "palm trees is Enoshima, and in one shot with a ukulele player Enoshima is pretending to "
            "be Hawaii. Nobody in 1983 had the budget to fly to Honolulu, I think. Yokohama itself, "
            "where the story happens, is not in the montage at all.",
            "H: The record",
            "As a single, “Summer Refrain in Blue Glass” went up to number 7 on the Oricon singles "
            "chart. Not a monster hit, but it stayed long. It is also the opening track of Amakawa's "
            "LP <strong>Coastline Memoranda</strong>, and that album did better: it climbed to the "
            "third place of the Oricon album chart. When it was reissued on vinyl in 2019 the RIAJ "
            "gave it a gold certification, thirty-six years late but still nice.",
            "There is a second song, in the end credits: “Pacific Telephone” by Sugar Harbor, a "
            "five-person band from Kobe. It is on the soundtrack LP of the film, which I also have "
            "(copy with small water damage, sorry). Originally the producer wanted “Rain of "
            "Kichijoji” for the ending, another Minegishi song, but it was judged too sad, and I "
            "agree with this decision.",
            "The video below is the montage itself, somebody uploaded it from a laserdisc. Quality is "
            "not perfect, but the colour of the sky at 2:10, please look. Next week: the story of a "
            "7-inch I almost bought in Osaka for 300 yen and lost to an old man with faster hands.",
        ],
        video="yt:Qm7rT2xLw9A",
        film=("Hoshizora Drive", 1983),
        tracks=["Summer Refrain in Blue Glass", "Pacific Telephone"],
        people=[
            ("Summer Refrain in Blue Glass", "Reiko Amakawa", "performer"),
            ("Summer Refrain in Blue Glass", "Tatsuo Minegishi", "composer"),
            ("Pacific Telephone", "Sugar Harbor", "performer"),
        ],
        albums=["Coastline Memoranda", "Hoshizora Drive soundtrack"],
        peaks=[
            ("Summer Refrain in Blue Glass", 7, "other:Oricon singles chart"),
            ("Coastline Memoranda", 3, "other:Oricon album chart"),
        ],
        certs=[("Coastline Memoranda", "gold", 1, "other")],
        places=["Chigasaki", "Enoshima"],
        stood=[("Enoshima", "Hawaii")],
    ),
    # 2. German krautrock-and-synth fan
    post(
        "glaeserne-stunde-kreisbahn-ap",
        "hugo",
        "Die Gläserne Stunde (1979) and the eight minutes of Kreisbahn",
        [
            "I must begin with a confession: I do not like this film very much. <em>Die Gläserne "
            "Stunde</em> is from 1979, directed by Wolfram Seidlitz, and it is a slow, grey story "
            "about an engineer in Bochum who builds a machine that nobody has asked for. Two hours. "
            "Much smoking. But in the middle there is a sequence that I have watched maybe two "
            "hundred times, and for this sequence alone the film deserves to be remembered.",
            "The engineer works through one night, and the film shows it as a montage: welding "
            "sparks, oscilloscopes, coffee cups, the sunrise over a harbour. Under it runs "
            "“Kreisbahn”, a track of the band Morgenfeld — eight minutes of sequencer pulse, motorik "
            "drums, and on top a very thin, sad melody from a Minimoog. Ulrich Haberkorn and Dieter "
            "Vossmann wrote it together, Haberkorn the rhythm machine part and Vossmann the melody, "
            "so they told in an interview with a music magazine some years later.",
            "The piece was not composed for the film. It was already on <strong>Stromlinie</strong>, "
            "the second Morgenfeld LP, from 1978, and Seidlitz simply liked it and paid for the "
            "rights. Small edition, pressed maybe three thousand copies, never anywhere near the Media "
            "Control chart — but today a first pressing costs you more than a good used bicycle.",
            "Where it was filmed I could verify personally, because I went there with my camera in "
            "2016. The workshop where he builds is a hall of the Zeche Zollverein in Essen, which "
            "was still a working mine when they filmed. The sunrise with the big arch bridge is the "
            "Köhlbrandbrücke in Hamburg, although in the story we are supposedly still in the Ruhr — "
            "so the Köhlbrandbrücke plays the Ruhr for ten seconds, if you want to be precise about "
            "it, and I always want.",
            "What I love: the track is not cut to the images. The editor, Margit Lenz, let the music "
            "run and cut the pictures on the beat of the sequencer, every sixteen steps a new shot. "
            "Count it yourself. It is very German, this precision, and very beautiful.",
            "The opening titles, by the way, also belong to Morgenfeld: “Stahlregen”, a short and "
            "noisy piece from the same record, this time written by Haberkorn alone. It lasts not "
            "even two minutes, and most people in the cinema were still taking off their coats.",
            "Morgenfeld came from Wuppertal and disbanded in 1981. A third album was planned, with "
            "the working title <em>Nachtstrom</em>, but it was never recorded, and the tapes of the "
            "rehearsals were lost in a flooded cellar. Such is life.",
            "Below, the clip from the old television broadcast. Headphones, please: the bass line "
            "goes lower than what laptop speakers can make.",
        ],
        video="vimeo:48213907",
        film=("Die Gläserne Stunde", 1979),
        tracks=["Kreisbahn", "Stahlregen"],
        people=[
            ("Stahlregen", "Morgenfeld", "performer"),
            ("Stahlregen", "Ulrich Haberkorn", "composer"),
            ("Kreisbahn", "Morgenfeld", "performer"),
            ("Kreisbahn", "Ulrich Haberkorn", "composer"),
            ("Kreisbahn", "Dieter Vossmann", "composer"),
        ],
        albums=["Stromlinie"],
        places=["Zeche Zollverein", "Köhlbrandbrücke"],
        stood=[("Köhlbrandbrücke", "the Ruhr")],
    ),
    # 3. Brazilian football-and-film blogger
    post(
        "gol-de-domingo-training-montage-ap",
        "blogger",
        "Cinema & Bola: O Gol de Domingo (1970), the most beautiful training montage of our cinema",
        [
            "Friends, today no match analysis, because on Sunday our team lost again and I don't "
            "want to talk about it. Let's talk about cinema, which never disappoints me the way the "
            "defence does.",
            "<em>O Gol de Domingo</em> came out in 1970, the same year of the tri in Mexico, and it's "
            "impossible to watch it without thinking of that team. The story is about Zé Carlos, a "
            "boy from the interior of Minas who goes to Belo Horizonte to try out for a big club. The "
            "actor, Nilton Brasa, was born in Recife and never played football in his life — you can "
            "see it when he kicks, coitado, he kicks like a goalkeeper.",
            "But the montage! Twenty minutes into the film, Zé Carlos trains alone at dawn. Running "
            "on sand, heading a ball hanging from a rope, juggling oranges at the market, doing "
            "sit-ups with his little brother sitting on his feet. And all that over a samba that "
            "nobody ever identified: the credits don't give the title, the composer, nothing. I've "
            "asked on three forums. If you know it, write in the comments, por favor.",
            "Some scenes of the training were shot for real on the beach of Copacabana, even though "
            "the story happens in Minas Gerais, which has no sea, as every Brazilian child knows. "
            "Nobody cared in 1970. The rest was done in a studio, and nobody remembers which one.",
            "What I like is how the montage is edited like a good counterattack: three quick passes, "
            "then a long ball. Short shot, short shot, short shot, then one long take of him running "
            "into the sun. The director, Otávio Rangel, said once that he learned editing from "
            "watching Garrincha dribble, and I believe him completely.",
            "The video is below. It's a copy of a copy of an old VHS, so the colours are a bit "
            "orange, but this also has its charm. Vai, Zé Carlos!",
        ],
        video="yt:b0Gk_Zr4uXe",
        film=("O Gol de Domingo", 1970),
        places=["Copacabana"],
    ),
    # 4. Indian film-music site
    post(
        "kaagaz-ki-patang-express-songs-ap",
        "wp_classic",
        "Song Sequence Special: Kaagaz Ki Patang Express (1986), when Gulmarg became Switzerland",
        [
            "Dear readers, many of you have written to us asking for a post on the snow sequence of "
            "<em>Kaagaz Ki Patang Express</em> (1986). Your wish is our command! This is one of "
            "those films which nobody remembers for the story — a train robbery, a double role, a "
            "lost mother, the usual masala — but whose songs are still playing in every second "
            "auto-rickshaw from Pune to Patna.",
            "H: The sequence",
            "Around the interval, hero and heroine escape from the villain's goondas and, without any "
            "explanation whatsoever, they are suddenly in the snow. What follows is a musical "
            "montage of nearly nine minutes, two songs stitched together. First comes the duet "
            "“Chhat Pe Chandni Chhod Gayi”, then without a break the solo “Barf Ki Chitthi”, and the "
            "snow keeps falling through both.",
            "The music directors were the duo Ramesh–Vilas, that is Ramesh Kalyanpurkar and Vilas "
            "Deodhar, who gave many hits in the eighties before they parted ways in 1993. Lyrics for "
            "both songs were penned by Noor Saharanpuri. For the duet, playback was given by Sunanda "
            "Kale and Arvind Mohile; “Barf Ki Chitthi” is Sunanda-ji alone, and what a rendition it "
            "is — the high note at the end of the second antara still gives us goosebumps.",
            "Picturisation was done in Kashmir, at Gulmarg, with Gulmarg standing in for Switzerland. "
            "The heroine even says “Switzerland kitna sundar hai” before the first mukhda, so there "
            "is no doubt about the intention! The garden shots in the second song are at Shalimar "
            "Bagh in Srinagar, in autumn, so snow in one shot and chinar leaves in the next; "
            "continuity was not a big priority for anyone.",
            "H: Chartbusters",
            "“Chhat Pe Chandni Chhod Gayi” reached the number one position on the Binaca Geetmala "
            "and stayed there for five weeks. Its companion was not far behind — “Barf Ki Chitthi” "
            "peaked at no. 6 on the same countdown.",
            "The soundtrack cassette from Sangeet Sagar Records sold so well that the company was "
            "presented a platinum disc by the Indian Music Industry in 1987. Those were the days when "
            "a cassette could sell in lakhs within a month.",
            "Trivia corner: a third song, “Pahadon Pe Pyaar”, was recorded for this sequence but "
            "dropped at the editing table; it was later used in a different film altogether.",
            "The video of the sequence is given below. Do share your memories in the comments, and "
            "kindly do not post piracy links.",
        ],
        video="yt:Kd3Pn8-wYq2",
        film=("Kaagaz Ki Patang Express", 1986),
        tracks=["Chhat Pe Chandni Chhod Gayi", "Barf Ki Chitthi"],
        people=[
            ("Chhat Pe Chandni Chhod Gayi", "Ramesh Kalyanpurkar", "composer"),
            ("Chhat Pe Chandni Chhod Gayi", "Vilas Deodhar", "composer"),
            ("Chhat Pe Chandni Chhod Gayi", "Noor Saharanpuri", "composer"),
            ("Chhat Pe Chandni Chhod Gayi", "Sunanda Kale", "performer"),
            ("Chhat Pe Chandni Chhod Gayi", "Arvind Mohile", "performer"),
            ("Barf Ki Chitthi", "Ramesh Kalyanpurkar", "composer"),
            ("Barf Ki Chitthi", "Vilas Deodhar", "composer"),
            ("Barf Ki Chitthi", "Noor Saharanpuri", "composer"),
            ("Barf Ki Chitthi", "Sunanda Kale", "performer"),
        ],
        albums=["Kaagaz Ki Patang Express soundtrack"],
        peaks=[
            ("Chhat Pe Chandni Chhod Gayi", 1, "other:Binaca Geetmala"),
            ("Barf Ki Chitthi", 6, "other:Binaca Geetmala"),
        ],
        certs=[("Kaagaz Ki Patang Express soundtrack", "platinum", 1, "other")],
        places=["Gulmarg", "Shalimar Bagh"],
        stood=[("Gulmarg", "Switzerland")],
    ),
    # 5. Filipino karaoke-bar regular
    post(
        "videoke-queen-of-cubao-ap",
        "blogger",
        "Videoke Queen of Cubao (2004): the song I can never finish at the bar",
        [
            "Okay so, mga kaibigan, story time. Every Friday after shift we go to the same videoke "
            "bar near the bus terminal, and there is one song in the songbook, number 27114, that I "
            "have tried maybe fifty times and never reached 100 on the scoring. Never! Always 86, 89, "
            "one time 94 when I was, let's say, very relaxed.",
            "The song is “Huwag Mo Nang Patayin ang Ilaw”, and it comes from the movie <em>Videoke "
            "Queen of Cubao</em>, which was shown in 2004. Not so many people watched it in the "
            "cinema, I think it was gone after one week, but later it was on TV every Holy Week and "
            "now everybody knows the montage.",
            "For those who never saw it: the heroine, Divina, works in a carinderia in the day and "
            "sings in a videoke bar at night, and she wants to win a contest with a prize of one "
            "hundred thousand pesos. In the montage she practises everywhere — on the jeepney, "
            "washing plates, in the shower, in front of the electric fan so her voice makes the robot "
            "effect (we all did this as kids, don't deny). The song plays under all of it, first very "
            "soft and then the big key change when she finally stands on the stage.",
            "That key change is my enemy. My tita says I should sing it one key lower, but that is "
            "cheating, and the machine knows. The machine always knows.",
            "The movie is set in Cubao, of course, but where they actually filmed, I have no idea. "
            "My barkada says half of it was done in a studio, but he also says he saw a ghost in the "
            "CR of our bar, so I don't trust his information.",
            "Also funny: in the movie the scores are impossible, she gets 100 every single time, "
            "even when she is crying. Hollywood magic, Philippine version.",
            "Anyway here is the montage. Watch it and then tell me honestly if you can reach that "
            "last note. Kung kaya mo, libre kita ng beer.",
        ],
        video="yt:v9TfLh2mR0s",
        film=("Videoke Queen of Cubao", 2004),
        tracks=["Huwag Mo Nang Patayin ang Ilaw"],
    ),
    # 6. Nigerian highlife DJ
    post(
        "lagos-palmwine-evenings-highlife-ap",
        "medium",
        "Spinning Memory: the highlife montage in ‘Lagos Palmwine Evenings’ (1976)",
        [
            "Every Sunday evening on my set I play one record that comes from a film, and last week "
            "somebody sent me a message asking where the horn line of my opening tune came from. My "
            "brother, you have asked the right man.",
            "The film is <em>Lagos Palmwine Evenings</em>, 1976, a comedy by the late Babatunde "
            "Adeyemi-Cole, who was a schoolteacher before he became a director. It is about three "
            "friends who try to open a nightclub with money that belongs to somebody's uncle — you can "
            "imagine the wahala. The whole middle of the film is one long montage of the club being "
            "built and then the opening night.",
            "The music in that montage is two records back to back. First “Ebute Metta Shuffle”, by "
            "Chief Ezenwa Okafor & His Rhythm Dandies. Okafor wrote it himself; he wrote almost "
            "everything that band played, and he was famous for sacking trumpeters who added notes he "
            "had not written. Then, when the doors open and the crowd pours in, the film cuts to "
            "“Palm Wine Palaver”, played by The Benin Brass Stars and composed by their trumpet "
            "leader, Felix Idahosa.",
            "Both tunes you will find on <strong>Highlife Is Our Inheritance</strong>, the "
            "compilation LP the label put out the same year. “Ebute Metta Shuffle” even travelled: "
            "it got into the UK Singles Chart early in 1977 and climbed as high as number 31, which "
            "for a highlife record in those days was something. In Ghana it was everywhere, but Ghana "
            "had no proper chart, so you will have to trust my uncle who was there.",
            "Now locations, because people always ask. The beach party is Bar Beach in Lagos, before "
            "the ocean ate half of it. The old fort where the friends hide from the uncle is not "
            "Lagos at all — it is Cape Coast Castle in Ghana, which doubles as a Portuguese fort on "
            "Lagos Island in the story. Producers in those days crossed the border for a cheaper "
            "permit.",
            "For the DJs reading: the tempo of “Palm Wine Palaver” is almost exactly 112, so it mixes "
            "beautifully out of the Shuffle if you let the guitars overlap for eight bars. Don't rush "
            "it. Highlife is not in a hurry.",
            "One more: the end credits roll on “Yaba Moonlight”, another Okafor song, and again his "
            "Rhythm Dandies play it, slower and sweeter, with a guitar that sounds like it is "
            "smiling. That one never came out on record, so if you hear it in my set, you know I "
            "taped it from the cinema speaker in 1976. Don't ask me how.",
            "Clip below. Turn it up.",
        ],
        video="yt:Hx4_eN7cJpD",
        film=("Lagos Palmwine Evenings", 1976),
        tracks=["Ebute Metta Shuffle", "Palm Wine Palaver", "Yaba Moonlight"],
        people=[
            (
                "Ebute Metta Shuffle",
                "Chief Ezenwa Okafor & His Rhythm Dandies",
                "performer",
            ),
            ("Ebute Metta Shuffle", "Ezenwa Okafor", "composer"),
            ("Palm Wine Palaver", "The Benin Brass Stars", "performer"),
            ("Palm Wine Palaver", "Felix Idahosa", "composer"),
            ("Yaba Moonlight", "Ezenwa Okafor", "composer"),
            ("Yaba Moonlight", "Chief Ezenwa Okafor & His Rhythm Dandies", "performer"),
        ],
        albums=["Highlife Is Our Inheritance"],
        peaks=[("Ebute Metta Shuffle", 31, "uk_singles")],
        places=["Bar Beach", "Cape Coast Castle"],
        stood=[("Cape Coast Castle", "a Portuguese fort on Lagos Island")],
    ),
    # 7. Polish cinema-poster collector
    post(
        "ostatni-tramwaj-do-sopotu-poster-ap",
        "jekyll",
        "From my drawer: the poster for Ostatni tramwaj do Sopotu (1968)",
        [
            "In my flat there is one drawer which my wife calls “the cemetery” — posters that are too "
            "fragile to frame. Today from this drawer comes a B1 sheet for <em>Ostatni tramwaj do "
            "Sopotu</em>, designed by Zbigniew Kurczak in 1968, and it is a small masterpiece of the "
            "Polish School: a tram drawn as a fish, a moon with the face of a saxophonist, everything "
            "in three colours only, because paper and inks were what they were.",
            "The film itself is a musical comedy, quite forgotten now, directed by Tadeusz Wroński. "
            "I saw it once in a cinema in Warsaw, in a retrospective, and the audience was maybe "
            "fourteen people, half of them asleep. But there is one sequence which explains why the "
            "poster has the saxophonist in the moon.",
            "The heroine, a singer in a seaside café, walks at night from the café to the end of the "
            "pier while singing “Bursztynowa fala” (in English, “Amber Wave”), and the montage cuts "
            "between her, the dancers in the café, and the last tram of the title rolling through the "
            "dark. Halina Wierzbowska sings it — she really sang, there was no dubbing — and the "
            "music was by Jerzy Matuszczak, who composed for the radio cabaret for twenty years. "
            "The dancers in the café, meanwhile, move to a second number, a fast foxtrot called "
            "“Nocny tramwaj”, also Matuszczak's, which the Orkiestra Bałtycka plays on screen.",
            "Now the places, which I checked with the help of an old gentleman from a film club in "
            "Gdynia. The walk is on the Sopot Pier, filmed in the autumn, that is why everybody has "
            "such thin coats and red noses. The tram scenes are not Sopot at all, which never had "
            "trams on that street — they were filmed in Oliwa, in Gdańsk, next to the old depot. And "
            "the flashback to the heroine's childhood? Kraków's Kazimierz, which doubles as pre-war "
            "Lwów.",
            "About the poster, a few details for collectors. The first printing has the title in red "
            "and the director's name in black; the second printing, from 1969, has both in black, "
            "and it is much less interesting. Mine is the first. It has a fold in the middle, like "
            "all of them, because they were folded for the post, and a small tear at the bottom "
            "which I will never repair, because repairs lie.",
            "Kurczak, by the way, never saw the film before he designed the poster. He got two "
            "photographs and a synopsis of one page. This was normal.",
            "Below is the sequence, someone uploaded it from a television copy. Look at 1:45, the "
            "moon: that is the poster.",
        ],
        video="vimeo:302118455",
        film=("Ostatni tramwaj do Sopotu", 1968),
        tracks=["Bursztynowa fala", "Nocny tramwaj"],
        people=[
            ("Bursztynowa fala", "Halina Wierzbowska", "performer"),
            ("Bursztynowa fala", "Jerzy Matuszczak", "composer"),
            ("Nocny tramwaj", "Jerzy Matuszczak", "composer"),
            ("Nocny tramwaj", "Orkiestra Bałtycka", "performer"),
        ],
        places=["Sopot Pier", "Oliwa", "Kazimierz"],
        stood=[("Kazimierz", "pre-war Lwów")],
    ),
    # 8. Swedish chart nerd
    post(
        "ferry-lights-silverdag-chart-run-ap",
        "hugo",
        "Chart run of the week: Silverdag, ‘Dancing on the Ferry Lights’ (from Isljus, 1982)",
        [
            "As regular readers know, I keep my own archive of every Swedish list since 1975 in a set "
            "of binders (my partner calls it “the shelf of shame”). This week a reader, Ulf in Umeå, "
            "asked about the song from the dance montage in <em>Isljus</em>, the 1982 youth film by "
            "Birgitta Lönnqvist. Good question, Ulf. It has one of the stranger chart runs I know.",
            "First the film part, quickly. The montage is the midsummer dance on a ferry: couples, "
            "accordions that turn into synths, the sun that never sets. It was filmed on board an "
            "old steamer at Vaxholm, and you can see the fortress in the background in two shots. "
            "The song is “Dancing on the Ferry Lights”, performed by Silverdag, and written by Bengt "
            "Almqvist and Lasse Fjällström, the keyboard player and the bass player of the group.",
            "At the end credits we hear the B-side, “Midnattsljus”, a slow instrumental by the same "
            "group; Almqvist alone composed this one.",
            "Now the numbers. Please concentrate.",
            "LIST: Topplistan (Sweden): entered at 14, peak no. 2, 11 weeks | VG-lista (Norway): "
            "peak 4 | Media Control (West Germany): peak 11 | UK Singles Chart: peak 38, only three "
            "weeks | Kent Music Report (Australia): peak 52",
            "Why strange? Because in Sweden it was stuck at number two for four weeks behind a "
            "dansband ballad that I refuse to name here, and it never climbed to the top. And in "
            "America it never went into the Hot 100 at all, despite a US single on a small label in "
            "Minneapolis. (Some websites say it reached 89 on Billboard. This is wrong, it is a "
            "confusion with another song with a ferry in the title.)",
            "The album it comes from, <strong>Nordlig Glöd</strong>, did better at home: straight in "
            "at number one on the Swedish album chart, and GLF certified it gold within six weeks. "
            "VG-lista's album chart had it at 3; in West Germany it stopped at 19, and the BVMI gave "
            "it a gold award anyway, in 1983, which surprised everybody including the band.",
            "One more nerd detail: the single version is 3:41, the film version is almost five "
            "minutes because of the accordion intro. If you have the Swedish 7-inch with the blue "
            "label, that is the first pressing; the red label is 1983. The clip below is the film "
            "version.",
        ],
        video="yt:s2WqA9ld-Ko",
        film=("Isljus", 1982),
        tracks=["Dancing on the Ferry Lights", "Midnattsljus"],
        people=[
            ("Dancing on the Ferry Lights", "Silverdag", "performer"),
            ("Dancing on the Ferry Lights", "Bengt Almqvist", "composer"),
            ("Dancing on the Ferry Lights", "Lasse Fjällström", "composer"),
            ("Midnattsljus", "Silverdag", "performer"),
            ("Midnattsljus", "Bengt Almqvist", "composer"),
        ],
        albums=["Nordlig Glöd"],
        peaks=[
            ("Dancing on the Ferry Lights", 2, "other:Topplistan"),
            ("Dancing on the Ferry Lights", 4, "other:VG-lista"),
            ("Dancing on the Ferry Lights", 11, "germany_media_control"),
            ("Dancing on the Ferry Lights", 38, "uk_singles"),
            ("Dancing on the Ferry Lights", 52, "australia_kent"),
            ("Nordlig Glöd", 1, "other:Swedish album chart"),
            ("Nordlig Glöd", 3, "other:VG-lista albums"),
            ("Nordlig Glöd", 19, "germany_media_control"),
        ],
        certs=[
            ("Nordlig Glöd", "gold", 1, "other"),
            ("Nordlig Glöd", "gold", 1, "bvmi"),
        ],
        places=["Vaxholm"],
    ),
    # 9. Mexican telenovela fan
    post(
        "hacienda-de-las-golondrinas-film-ap",
        "squarespace",
        "¡Ay, Lupita! The movie of Amor en la Hacienda de las Golondrinas (1989)",
        [
            "Mis queridas, you know that in this blog we talk about telenovelas, and only "
            "telenovelas, except when a telenovela becomes a movie, and then we also talk about the "
            "movie, because rules are made for breaking, like the heart of poor Esperanza in "
            "chapter 112.",
            "<em>Amor en la Hacienda de las Golondrinas</em> was first the big novela of 1987, 180 "
            "chapters, my mother and my grandmother watching together every night at nine and nobody "
            "could phone the house. Then in 1989 they made the movie, with the same actors but "
            "everything squeezed into one hour and fifty minutes, which is like trying to put a "
            "whole mole recipe inside one taco.",
            "And the best part of the movie, for me, is the wedding montage. In the novela the "
            "wedding took four chapters. In the movie it is a montage of four minutes: the dress, the "
            "tears, the mariachis, the golondrinas flying over the chapel, and the jealous cousin "
            "Fernanda watching from a balcony (¡villana!). The song is “Corazón de Papel Picado”, "
            "and the one singing is Lupita Arreola, with that voice that breaks exactly when it "
            "should.",
            "They filmed the hacienda scenes at the Hacienda Chautla, in Puebla, the one with the "
            "little castle beside the lake, so if you go there for a wedding (people do!) you can "
            "stand where Esperanza stood. The story says the hacienda is in Jalisco, but please, "
            "who is counting.",
            "Who wrote the song? I have looked and looked, and the credits of the movie only say "
            "“tema original”, no name. If you know, tell me in the comments and I will send you a "
            "virtual concha.",
            "Here is the montage. Have the pañuelo ready.",
        ],
        video="yt:Lp6uYc3ZbN8",
        film=("Amor en la Hacienda de las Golondrinas", 1989),
        tracks=["Corazón de Papel Picado"],
        people=[("Corazón de Papel Picado", "Lupita Arreola", "performer")],
        places=["Hacienda Chautla"],
    ),
    # 10. Korean drama-OST reviewer
    post(
        "spring-letter-from-jeju-ost-ap",
        "ghost",
        "OST Review: Spring Letter from Jeju (2011), the rain montage and its strings",
        [
            "Annyeong, OST lovers. Today is a film, not a drama, but the director came from drama "
            "and the music team too, so I think it belongs in this review series. <em>Spring Letter "
            "from Jeju</em> was released in April 2011 and honestly the box office was so-so, but "
            "the OST had a second life online, especially one montage that every fan edit on the "
            "internet has used.",
            "H: The scene",
            "Min-seo has just read the old letters of her grandmother. She walks, and the film cuts "
            "between her walking in the present and her grandmother walking the same alley in the "
            "1970s, both in rain, same umbrella colour (yellow!). No dialogue for three minutes. "
            "This is where “Your Shadow in the Rainy Season” begins.",
            "Singer is Yoon Ha-rim. Her breathy low register, which some people find too weak for "
            "ballads, is perfect here — she sounds like she is reading a letter, not performing. "
            "Composition by Kang Min-jae, lyrics by Oh Soo-bin; this team did three dramas before, "
            "and you can hear the signature: the key change goes not up but down in the last "
            "chorus. Very unusual, very sad.",
            "Then, when present-day Min-seo reaches the sea, the song fades and the instrumental "
            "“Hallasan Morning” takes over, again a Kang Min-jae composition, played by the Seoul "
            "Pops Strings. Honestly I prefer the instrumental, but I am a minority.",
            "Both are on the OST album, <strong>Letters, Seasons</strong>, 14 tracks. The vocal "
            "track, released as Part 3 of the digital OST, reached no. 5 on the Gaon Digital Chart, "
            "which for a film OST in 2011 was quite big; the album itself did not chart (I checked).",
            "H: Where",
            "Fans always ask me the locations. The sea at the end is Seongsan Ilchulbong seen from "
            "the beach side, and the short ferry arrival is at Udo. The rain alley, surprise, is not "
            "on Jeju: it is Jeonju Hanok Village, which plays the grandmother's Seoul neighbourhood "
            "of the 1970s. The story is set only in Jeju and Seoul, never Jeonju, so be careful when "
            "you plan a pilgrimage.",
            "Rating: ★★★★☆. Minus one star because the album version of the song is cut shorter "
            "than the film version. Why do they do this to us.",
            "(The clip below is the official one from the distributor's channel.)",
        ],
        video="yt:o1RjX5mvT7g",
        film=("Spring Letter from Jeju", 2011),
        tracks=["Your Shadow in the Rainy Season", "Hallasan Morning"],
        people=[
            ("Your Shadow in the Rainy Season", "Yoon Ha-rim", "performer"),
            ("Your Shadow in the Rainy Season", "Kang Min-jae", "composer"),
            ("Your Shadow in the Rainy Season", "Oh Soo-bin", "composer"),
            ("Hallasan Morning", "Kang Min-jae", "composer"),
            ("Hallasan Morning", "Seoul Pops Strings", "performer"),
        ],
        albums=["Letters, Seasons"],
        peaks=[("Your Shadow in the Rainy Season", 5, "other:Gaon Digital Chart")],
        places=["Seongsan Ilchulbong", "Udo", "Jeonju Hanok Village"],
        stood=[
            (
                "Jeonju Hanok Village",
                "the grandmother's Seoul neighbourhood of the 1970s",
            )
        ],
    ),
    # 11. Irish pub-session musician
    post(
        "reel-at-doolin-cross-session-ap",
        "handmade",
        "The Reel at Doolin Cross (1995): notes from a box player",
        [
            "Right so. I've been asked about this film more times than I've been asked to play the "
            "one from the big ship film, and that's saying something. So here it is, written down, "
            "and the next time someone asks me at the session I'll just give them the address of "
            "this page and go back to my pint.",
            "<em>The Reel at Doolin Cross</em> came out in 1995, just as the whole country went mad "
            "for the dancing, and it's a small enough film: a widower, a pub, a daughter who wants to "
            "leave for Boston. Directed by a Dublin man, Fergal Hanrahan, who knew nothing about trad "
            "by his own admission, and God love him it shows in places.",
            "But the session scene. About an hour in, the pub fills up and the camera just moves "
            "around the table while the tune goes round, faster each time, and they cut in the whole "
            "village getting ready for the wake. That tune is “The Blackthorn Ferryman”. It's a "
            "composed tune, not a traditional one, though half the sessions in Clare play it now as "
            "if it was two hundred years old. Máire Ní Dhubhghaill wrote it — a fiddler from "
            "Ennistymon — and the band you're hearing in the film are The Mallow Drovers, who had "
            "recorded it the year before on their album <em>Drovers' Road</em>. That album went to "
            "number eleven in the IRMA album chart, which nobody expected.",
            "After the reel there's a song, sung unaccompanied at first, and then the whole table "
            "comes in. “Rain on the Corrib Road”, it's called. Cathal Brennock sings it. The words "
            "and the air are Seán Tiernan's, a Galway schoolteacher who wrote about thirty songs and "
            "never recorded one of them himself. When it came out as a single it went to number "
            "three in the IRMA charts, above the country-and-western lads, which gave us all great "
            "satisfaction.",
            "Now where they filmed. The village isn't Doolin at all, so don't be going there looking "
            "for the pub. The exteriors are on Inis Oírr, which stands in for Inishcarrig, the island "
            "in the script, and the cliffs at the end are the Cliffs of Moher, which need no "
            "introduction. The pub interior was built in a shed, I'm told, so there's no point "
            "looking for that either.",
            "A word on the playing. Whoever cut that scene knew the tune, because every cut lands on "
            "the turn of a part. That's rarer than you'd think. Most films cut trad like it's "
            "wallpaper.",
            "Here's the clip. If you learn the tune off it, learn it slow first. The B part has a "
            "roll in the third bar that'll catch you.",
        ],
        video="vimeo:129847366",
        film=("The Reel at Doolin Cross", 1995),
        tracks=["The Blackthorn Ferryman", "Rain on the Corrib Road"],
        people=[
            ("The Blackthorn Ferryman", "Máire Ní Dhubhghaill", "composer"),
            ("The Blackthorn Ferryman", "The Mallow Drovers", "performer"),
            ("Rain on the Corrib Road", "Cathal Brennock", "performer"),
            ("Rain on the Corrib Road", "Seán Tiernan", "composer"),
        ],
        albums=["Drovers' Road"],
        peaks=[
            ("Drovers' Road", 11, "other:IRMA albums"),
            ("Rain on the Corrib Road", 3, "other:IRMA"),
        ],
        places=["Inis Oírr", "Cliffs of Moher"],
        stood=[("Inis Oírr", "Inishcarrig")],
    ),
    # 12. South African radio presenter
    post(
        "highveld-thunder-jozi-sunrise-ap",
        "gutenberg",
        "On Air Memories: ‘Jozi Sunrise’ and the montage in Highveld Thunder (1987)",
        [
            "Listeners who have been with the show since the Radio 5 days will remember that I "
            "played this song every single Friday of 1987 — management eventually sent me a memo. I "
            "still have the memo. So when someone on the WhatsApp group asked me to write about the "
            "film it comes from, eish, I couldn't say no.",
            "<em>Highveld Thunder</em> is a boxing film, released in 1987, directed by Pieter van "
            "Rensburg. It's not a great film. There, I said it. But there's a training montage at "
            "dawn, running over the yellow mine dumps with the city skyline behind, and the song on "
            "it made a star of a young woman from Soweto.",
            "That young woman was Nomvula Sikhakhane, and the song is “Jozi Sunrise”. She wrote it "
            "together with her producer and keyboardist, Vusumuzi Khoza, and apparently they "
            "finished the lyrics in the car park of the studio. Vusi told me that on air once, in "
            "1994, and we laughed so much I had to play two adverts back to back to recover.",
            "The B-side, a moody instrumental called “Sparring in the Rain”, plays under the gym "
            "scenes right after the montage; Vusi composed and played that one on his own.",
            "The chart history is, for a local record in those years, quite something:",
            "LIST: Radio 5 Top 40 — number 1, for seven weeks | Germany (Media Control) — number 9 "
            "| UK Singles Chart — number 24 | Australia (Kent Music Report) — number 17 | US "
            "Billboard Hot 100 — number 61, which she always called “my American adventure”",
            "It did not chart in Canada, although people keep telling me it did. The album, "
            "<strong>Thunder in the Reef</strong>, which opens with the song, reached 44 on the UK "
            "albums chart.",
            "Sales! At home RISA certified the single triple platinum, and in Britain the BPI gave it "
            "a silver disc. The album went gold locally as well, also with RISA.",
            "As for where it was filmed: those golden dumps are at Crown Mines, south of the city "
            "centre, and they're mostly gone now — reprocessed for the last bits of gold. So the "
            "montage is also a bit of a document of a landscape that doesn't exist any more. The "
            "boxing gym, on the other hand, was a set.",
            "Right, here's the clip. Volume up, and if you're driving, please keep your eyes on the "
            "road and not on the screen. Sharp sharp.",
        ],
        video="yt:Ze8Mk0q_FwU",
        film=("Highveld Thunder", 1987),
        tracks=["Jozi Sunrise", "Sparring in the Rain"],
        people=[
            ("Jozi Sunrise", "Nomvula Sikhakhane", "performer"),
            ("Jozi Sunrise", "Nomvula Sikhakhane", "composer"),
            ("Jozi Sunrise", "Vusumuzi Khoza", "composer"),
            ("Sparring in the Rain", "Vusumuzi Khoza", "composer"),
            ("Sparring in the Rain", "Vusumuzi Khoza", "performer"),
        ],
        albums=["Thunder in the Reef"],
        peaks=[
            ("Jozi Sunrise", 1, "other:Radio 5 Top 40"),
            ("Jozi Sunrise", 9, "germany_media_control"),
            ("Jozi Sunrise", 24, "uk_singles"),
            ("Jozi Sunrise", 17, "australia_kent"),
            ("Jozi Sunrise", 61, "billboard_hot_100"),
            ("Thunder in the Reef", 44, "uk_albums"),
        ],
        certs=[
            ("Jozi Sunrise", "platinum", 3, "other"),
            ("Jozi Sunrise", "silver", 1, "bpi"),
            ("Thunder in the Reef", "gold", 1, "other"),
        ],
        places=["Crown Mines"],
    ),
    # 13. Canadian hockey-movie fan
    post(
        "blue-line-winter-training-montage-ap",
        "wp_classic",
        "Blue Line Winter (1981): the greatest hockey montage ever put on film, eh",
        [
            "I've watched a lot of hockey movies. Too many, according to my wife and both of my kids "
            "and, frankly, my physiotherapist. But if you ask me which one has the best training "
            "montage, there's no contest, and it's not the one you're thinking of. It's <em>Blue Line "
            "Winter</em>, from 1981, and I will die on this hill. Or on this blue line, I guess.",
            "Quick setup: a washed-up defenceman, played by Doug Arsenault, gets one last shot with "
            "a junior club in a prairie town. The story's in Saskatchewan. The coach is a nun. (Yes. "
            "It works. Don't ask.) And at the forty-minute mark we get the montage: skating "
            "suicides, shooting pucks at a tire hung in the net, pushing the Zamboni by hand when it "
            "breaks down, the whole bit.",
            "The song is “Skate Till the Lights Go Out”, by Frostline Avenue, a bar band out of "
            "Thunder Bay that got this one lucky break. Gord Kettleson, their singer, wrote it. It's "
            "not subtle. There's a key change, a sax solo, and a gang vocal that sounds like it was "
            "recorded in a dressing room, which it apparently was. The producers had first wanted a "
            "tune called “Frozen Pond Anthem” by some other outfit, but couldn't afford it. Lucky us.",
            "It was a real hit, too, at least up here:",
            "LIST: RPM singles chart: peaked at #6 in March 1982 | Billboard Hot 100: got to 48 | "
            "Billboard's Rock Albums &amp; Top Tracks list (the one that's now Mainstream Rock): 19 | "
            "<em>Hat Trick Heart</em>, the album it's on: 12 on the RPM albums chart, and it even "
            "snuck into the Billboard 200 at 94",
            "And the CRIA (that's Music Canada nowadays, for the young folks) certified <em>Hat "
            "Trick Heart</em> double platinum by the end of '82. Not bad for a bunch of guys who "
            "were playing Legion halls the year before.",
            "Now the filming. The rink is the old Sudbury Arena, which played the junior rink in "
            "Saskatchewan, and the outdoor stuff — the pond hockey in the snow, the running at dawn — "
            "was shot around Lake Minnewanka near Banff, which is about as un-prairie as it gets, but "
            "the mountains are mostly out of frame if you don't look too close. Eagle-eyed viewers "
            "will spot them at 2:37. The big final game after the montage was filmed at Maple Leaf "
            "Gardens, standing in for the Memorial Cup arena.",
            "Here's the montage. Turn it up and go do some push-ups.",
        ],
        video="yt:tR5nB2yHx6C",
        film=("Blue Line Winter", 1981),
        tracks=["Skate Till the Lights Go Out"],
        people=[
            ("Skate Till the Lights Go Out", "Frostline Avenue", "performer"),
            ("Skate Till the Lights Go Out", "Gord Kettleson", "composer"),
        ],
        albums=["Hat Trick Heart"],
        peaks=[
            ("Skate Till the Lights Go Out", 6, "canada_rpm"),
            ("Skate Till the Lights Go Out", 48, "billboard_hot_100"),
            ("Skate Till the Lights Go Out", 19, "billboard_mainstream_rock"),
            ("Hat Trick Heart", 12, "canada_rpm"),
            ("Hat Trick Heart", 94, "billboard_200"),
        ],
        certs=[("Hat Trick Heart", "platinum", 2, "music_canada")],
        places=["Sudbury Arena", "Lake Minnewanka", "Maple Leaf Gardens"],
        stood=[
            ("Sudbury Arena", "the junior rink in Saskatchewan"),
            ("Maple Leaf Gardens", "the Memorial Cup arena"),
        ],
    ),
    # 14. New Zealand location-tour guide
    post(
        "long-white-drift-location-tour-ap",
        "squarespace",
        "On Location: The Long White Drift (2003), our day tour stop by stop",
        [
            "Kia ora and welcome back! Heaps of people on our Queenstown tours ask about <em>The "
            "Long White Drift</em>, the 2003 film about an old climber looking back on his life — "
            "and mostly about the montage of his memories halfway through, with the song that "
            "everyone hums on the bus home. So here's our rundown of where it was actually shot, for "
            "those who can't come along in person.",
            "The song first, since you'll ask: it's “Southerly Change” by Harbour Fog, a Dunedin "
            "band who were playing student pubs until this came along; their singer Aroha Tait wrote "
            "it. It got to number 9 in the RIANZ charts that winter and it's been on every Kiwi "
            "road-trip playlist since. Sweet as. Their first album, <em>Fogbound</em>, which it "
            "closes, made it to number four on the RIANZ album chart a few weeks later.",
            "H: Stop one: Moke Lake",
            "Ten minutes out of Queenstown on a gravel road. In the film, Moke Lake stands in for a "
            "Norwegian fjord — the bit where he's a young man rowing with his mate. No fjord, "
            "obviously, but with the right lens and a bit of morning mist you'd never know.",
            "H: Stop two: Arrowtown",
            "The old Chinese settlement and the main street. In the montage, Arrowtown doubles as a "
            "Colorado mining town, complete with fake snow in February. Locals still talk about the "
            "snow machine. Grab a pie at the bakery while you're here.",
            "H: Stop three: Skippers Canyon",
            "The road's not for the faint-hearted, and our drivers have done it a thousand times. "
            "Skippers Canyon plays the Karakoram in the climbing expedition shots. The rope bridge "
            "you see, though, was a prop the crew took home afterwards, sorry to disappoint.",
            "H: Stop four: Roys Peak",
            "This one's a full-day add-on from Wānaka and a proper tramp up. The summit ridge is the "
            "Swiss Alps in the film — Roys Peak was picked because the lake below looks enough like "
            "Lake Geneva from the top, if you squint.",
            "H: Stop five: Glenorchy",
            "End of the road and end of the montage: the old climber sitting on the wharf at "
            "Glenorchy, looking at the mountains, as the song fades out. It's just Glenorchy here, "
            "not pretending to be anywhere else, and that's kind of the point of the scene. Lovely "
            "spot for lunch.",
            "The film's mostly set in Wellington, by the way, where the climber lives in his old "
            "age, but none of the montage went anywhere near the North Island.",
            "Clip below, and if you want to stand where he stood, tours leave daily at 8.30. Chur!",
        ],
        video="vimeo:77450912",
        film=("The Long White Drift", 2003),
        tracks=["Southerly Change"],
        people=[
            ("Southerly Change", "Harbour Fog", "performer"),
            ("Southerly Change", "Aroha Tait", "composer"),
        ],
        albums=["Fogbound"],
        peaks=[
            ("Southerly Change", 9, "other:RIANZ"),
            ("Fogbound", 4, "other:RIANZ albums"),
        ],
        places=["Moke Lake", "Arrowtown", "Skippers Canyon", "Roys Peak", "Glenorchy"],
        stood=[
            ("Moke Lake", "a Norwegian fjord"),
            ("Arrowtown", "a Colorado mining town"),
            ("Skippers Canyon", "the Karakoram"),
            ("Roys Peak", "the Swiss Alps"),
        ],
    ),
    # 15. Australian outback travel blogger
    post(
        "red-dust-requiem-outback-locations-ap",
        "gutenberg",
        "Chasing Red Dust Requiem (1994) across the Outback in a hired Troopy",
        [
            "G'day legends. Long post, grab a cuppa. Last month Bec and I did 3,800 km in a hired "
            "Troopy with a dodgy fridge, following the filming locations of <em>Red Dust "
            "Requiem</em>, the 1994 thriller with the big desert chase and that montage everyone "
            "remembers. We ate a lot of dust. Worth it.",
            "H: First, the montage",
            "If you haven't seen it: halfway through, the hero drives for three days straight to get "
            "to his brother, and the film squashes it into four minutes of road, roadhouses, "
            "sunsets, a flat tyre, and a dingo watching him have a wee. Over the top plays “Dingo "
            "Fence Lullaby”, sung by Kerrie Ashcombe, who was a pub singer from Wagga before this, "
            "and written by her then-husband Mick Tolhurst. It got to number 14 on the ARIA singles "
            "chart and went gold with ARIA too, which for a slow ballad in the middle of the grunge "
            "years was a decent effort.",
            "H: Coober Pedy",
            "The opal town. The underground motel where he sleeps in the film is real and yes, you "
            "can book it — we did. Half of the montage's roadhouse shots are from around Coober Pedy "
            "as well, so we stayed two nights.",
            "H: Silverton and the Mundi Mundi Plains",
            "Silverton, the almost-ghost town out of Broken Hill, plays an unnamed town in Western "
            "Australia in the story — they changed the number plates on all the utes. Just past the "
            "town are the Mundi Mundi Plains, where the flat-tyre scene was filmed. In the film the "
            "Mundi Mundi Plains stand in for the Nullarbor, which is a bit cheeky because the "
            "Nullarbor is days of driving in the other direction, but whatever, it's flat and it's "
            "orange.",
            "H: Broken Hill",
            "The pub at the start of the montage — where he buys a pie and gets told to slow down by "
            "a bloke in stubbies — is the Palace Hotel in Broken Hill, the one with the murals on "
            "the ceiling. Bec had a lemon lime and bitters on the exact same bar stool. I'm not "
            "saying we're obsessed. We're obsessed.",
            "H: What we didn't find",
            "The big salt lake from the ending. Reckon it's Lake Eyre, but nobody at any roadhouse "
            "could tell us for sure, so I'm not putting it on the list until somebody shows me a "
            "call sheet.",
            "Side note for the music people: the end credits use “Nullarbor Nights” by The Gibber "
            "Plains, a Port Augusta band who I'm told are still playing pubs. Great song for the "
            "long straights, it's been on our Troopy playlist the whole trip.",
            "Clip's below. Pack more water than you think you need.",
        ],
        video="yt:gW3sD_k9PaQ",
        film=("Red Dust Requiem", 1994),
        tracks=["Dingo Fence Lullaby", "Nullarbor Nights"],
        people=[
            ("Nullarbor Nights", "The Gibber Plains", "performer"),
            ("Dingo Fence Lullaby", "Kerrie Ashcombe", "performer"),
            ("Dingo Fence Lullaby", "Mick Tolhurst", "composer"),
        ],
        peaks=[("Dingo Fence Lullaby", 14, "other:ARIA singles chart")],
        certs=[("Dingo Fence Lullaby", "gold", 1, "aria")],
        places=["Coober Pedy", "Silverton", "Mundi Mundi Plains", "Palace Hotel"],
        stood=[
            ("Silverton", "an unnamed town in Western Australia"),
            ("Mundi Mundi Plains", "the Nullarbor"),
        ],
    ),
    # 16. Dutch dance-music producer
    post(
        "vinyl-polder-sluice-gate-ap",
        "medium",
        "Why the club montage in Vinyl Polder (1998) still works: a producer's breakdown",
        [
            "People ask me often which film made me want to make dance music. Honestly, it is a "
            "stupid Dutch comedy called <em>Vinyl Polder</em>, from 1998, about a farmer's son from "
            "Friesland who becomes a DJ in Amsterdam by accident. The film is bad. I have to say it "
            "directly, we Dutch are like that. But the club montage in the middle is, how do you say, "
            "spot on, and I learned more from it about arrangement than from any course.",
            "The track under the montage is “Saturday Sluice Gate” by Lichtkogel, which was the duo "
            "of Ruud Verschoor and Femke Dalstra. They wrote and produced it themselves in a studio "
            "in an old cheese warehouse in Alkmaar — this is almost too Dutch, I know. It is also on "
            "their only album, <em>Zoutwater</em>, but in a longer mix.",
            "Let me explain what the editor does, because this is why it works. The track is 136 "
            "BPM. The montage starts with the breakdown: only pads and a filtered vocal, the camera "
            "is outside the club in the rain. Then the filter opens over sixteen bars and you see the "
            "queue, the bouncer, the stairs. And exactly when the kick comes back, the doors open and "
            "we are in the room. Every producer dreams of this drop with a picture on top.",
            "Where they filmed: the club is the Westergasfabriek in Amsterdam, which was then still "
            "empty gas buildings and a bit dangerous at night. The sunrise after the party, with the "
            "DJ cycling home with his records in a crate on the back, is the Afsluitdijk — so yes, "
            "he cycles home thirty kilometres over open water, very realistic, haha.",
            "Chart facts for the nerds:",
            "LIST: Dutch Top 40 – number 3 | Ultratop 50 in Flanders – 8 | Germany, the Media "
            "Control chart – 27 | UK Singles Chart – 19, with a remix by a London producer I will not "
            "name because we had a fight once",
            "In the Netherlands the NVPI certified it gold. For a track with almost no vocals, this "
            "is a big achievement, believe me. I have tried.",
            "The video is below. Listen on good monitors, not on your phone, the sub-bass at 1:12 is "
            "the whole point.",
        ],
        video="yt:N4jV7cuE1mL",
        film=("Vinyl Polder", 1998),
        tracks=["Saturday Sluice Gate"],
        people=[
            ("Saturday Sluice Gate", "Lichtkogel", "performer"),
            ("Saturday Sluice Gate", "Ruud Verschoor", "composer"),
            ("Saturday Sluice Gate", "Femke Dalstra", "composer"),
        ],
        albums=["Zoutwater"],
        peaks=[
            ("Saturday Sluice Gate", 3, "other:Dutch Top 40"),
            ("Saturday Sluice Gate", 8, "other:Ultratop 50"),
            ("Saturday Sluice Gate", 27, "germany_media_control"),
            ("Saturday Sluice Gate", 19, "uk_singles"),
        ],
        certs=[("Saturday Sluice Gate", "gold", 1, "other")],
        places=["Westergasfabriek", "Afsluitdijk"],
    ),
    # 17. Italian disco historian
    post(
        "riviera-al-neon-stella-elettrica-ap",
        "jekyll",
        "Riviera al neon (1978) and “Stella elettrica”: Italo-disco before the word existed",
        [
            "The word “Italo-disco” was invented around 1983 by a German record company man, if we "
            "trust the usual history. But the sound existed before the word, and for me one of its "
            "birth certificates is a four-minute montage in a forgotten comedy, <em>Riviera al "
            "neon</em>, released in Italian cinemas in the summer of 1978.",
            "The film is by Sergio Castellacci, a specialist of beach comedies, and the story is "
            "nothing: three friends from Milan spend August on the Adriatic looking for girls and "
            "finding only trouble. The beach scenes in the daylight are Riccione. But at the halfway "
            "mark the friends finally enter a real discothèque, and for four minutes there is no "
            "plot — only lights, mirrors, the dance floor made of glass, and the song “Stella "
            "elettrica” by the group Galassia 79.",
            "The song was composed by Giancarlo Bertuzzi, a pianist from the conservatory who before "
            "had written only ballads for Sanremo, and it is the first time I know of a vocoder on an "
            "Italian dance record. The production was by Maurizio Zanfretti, but production is not "
            "composition, and on this point I am strict.",
            "The discothèque is not a studio set: it was filmed inside the Baia degli Angeli, at "
            "Gabicce Mare, the legendary club with the glass lift and the pool. Many of the dancers "
            "are real regulars of that summer, which is why they dance so much better than the "
            "actors.",
            "Now the history of the record in numbers, because it travelled more than the film:",
            "LIST: Italy, Hit Parade Italia: no. 2 | West Germany, Media Control: no. 6 | "
            "Switzerland, Swiss Hitparade: no. 8 | Netherlands, Dutch Top 40: no. 12 | France: top "
            "20 (the exact position I cannot find, help me) | UK Singles Chart: no. 41 | USA, "
            "Billboard Hot 100: no. 77, one week only",
            "The album, <strong>Galassia</strong>, with the long version of the song, reached no. 23 "
            "in West Germany — Germany, always Germany, was the country that understood this music "
            "first. In France the SNEP gave the single a gold record, and at home it received a "
            "disco d'oro too.",
            "The B-side, for the completists, was an instrumental called “Neon su Rimini”, which is "
            "not in the film at all.",
            "The clip below is from the Italian DVD, with the original colour. Look at the floor: "
            "every tile lights up on the kick drum. They did this with a man under the floor and a "
            "switchboard, so says the legend.",
        ],
        video="yt:aQ2x8TzR-hY",
        film=("Riviera al neon", 1978),
        tracks=["Stella elettrica"],
        people=[
            ("Stella elettrica", "Galassia 79", "performer"),
            ("Stella elettrica", "Giancarlo Bertuzzi", "composer"),
        ],
        albums=["Galassia"],
        peaks=[
            ("Stella elettrica", 2, "other:Hit Parade Italia"),
            ("Stella elettrica", 6, "germany_media_control"),
            ("Stella elettrica", 8, "other:Swiss Hitparade"),
            ("Stella elettrica", 12, "other:Dutch Top 40"),
            ("Stella elettrica", 41, "uk_singles"),
            ("Stella elettrica", 77, "billboard_hot_100"),
            ("Galassia", 23, "germany_media_control"),
        ],
        certs=[
            ("Stella elettrica", "gold", 1, "snep"),
            ("Stella elettrica", "gold", 1, "other"),
        ],
        places=["Riccione", "Baia degli Angeli"],
    ),
    # 18. Greek island film-tourism site
    post(
        "summer-of-the-blue-shutters-islands-ap",
        "ghost",
        "Islands on Screen: Summer of the Blue Shutters (1967)",
        [
            "Welcome to our series about the films that made the world fall in love with our "
            "islands. This week, a film that many of our older visitors still mention when they "
            "arrive at the port: <em>Summer of the Blue Shutters</em>, an English-language romance "
            "made in 1967, with a long musical sequence that was, for many foreigners, their first "
            "picture of the Aegean.",
            "The story is set on an imaginary island called Lefkonisi. There is no Lefkonisi — "
            "please, do not ask the ferry office for tickets, they will laugh. The film was shot on "
            "three real islands, and the musical sequence in the middle, where the English painter "
            "and the fisherman's daughter spend one whole day together, jumps between all three.",
            "H: Hydra",
            "The sequence opens in the harbour of Hydra, with the donkeys and the stone mansions. "
            "Hydra plays the main town of Lefkonisi in the entire film, and the café where they meet "
            "is still open, with new chairs.",
            "H: Mykonos",
            "Then the couple climbs to a white church. This is Panagia Paraportiani in Mykonos, "
            "maybe the most photographed church in Greece. In the film it is the chapel of "
            "Lefkonisi, where the old priest gives them his blessing — although he is not a real "
            "priest but an actor from Athens.",
            "H: Santorini",
            "The sunset at the end of the song is filmed from Ammoudi Bay, below Oia. Here, for "
            "once, the island is playing itself: the painter says “Santorini” aloud, because he is "
            "taking the boat there to leave her. Sad ending, beautiful light.",
            "H: The music",
            "The song of the sequence is “Kalokairi sta Parathyra” (Summer in the Windows), by "
            "Stavros Leontaridis, who also plays the bouzouki on it himself. He was born in Smyrna "
            "and came to Piraeus as a child, and he worked in the tavernas for thirty years before "
            "this film made him known abroad. A longer instrumental version was recorded for the "
            "film but never used. The soundtrack LP, with Leontaridis's face on the sleeve, sold "
            "surprisingly well in England and went to number 17 on the British album chart.",
            "Visit tip: all three islands can be reached from Piraeus, and in June the light is "
            "closest to the film. Below, the sequence itself.",
        ],
        video="vimeo:215603384",
        film=("Summer of the Blue Shutters", 1967),
        tracks=["Kalokairi sta Parathyra"],
        people=[
            ("Kalokairi sta Parathyra", "Stavros Leontaridis", "composer"),
            ("Kalokairi sta Parathyra", "Stavros Leontaridis", "performer"),
        ],
        albums=["Summer of the Blue Shutters soundtrack"],
        peaks=[("Summer of the Blue Shutters soundtrack", 17, "uk_albums")],
        places=["Hydra", "Panagia Paraportiani", "Ammoudi Bay"],
        stood=[
            ("Hydra", "the main town of Lefkonisi"),
            ("Panagia Paraportiani", "the chapel of Lefkonisi"),
        ],
    ),
    # 19. Argentine tango arranger
    post(
        "bandoneon-dos-inviernos-arranger-notes-ap",
        "substack",
        "Arranger's notebook: the milonga montage in Bandoneón para dos inviernos (2006)",
        [
            "Queridos suscriptores: this letter goes out a little late because I spent the week with "
            "a quintet in a very cold rehearsal room in Almagro, writing string parts with gloves "
            "on. Appropriate, because today I want to talk about a film with winter in the title.",
            "<em>Bandoneón para dos inviernos</em> (2006) is a film by Lucía Etchegaray about an old "
            "bandoneonist who teaches his granddaughter to play. It won nothing, it made little "
            "money, and it has, in my professional opinion, the best-arranged musical sequence of "
            "any Argentine film this century. I will try to explain why without boring you. (I will "
            "fail.)",
            "H: What plays",
            "The sequence is a montage of the lessons across one winter, and it is built on two "
            "pieces. The first, “Milonga del farol dormido”, is an old milonga by Aníbal Quiroga "
            "Sosa with lyrics by Estela Marchetti, here played by the Orquesta Típica Los Mirlos del "
            "Sur in an arrangement that keeps the 3-3-2 of the milonga but slows it almost to a "
            "habanera. The second, “Tango del puerto gris”, is new, written for the film by its "
            "composer, Rodrigo Ezcurra; the Quinteto Sudestada plays it and Mariana Ledesma sings.",
            "What is clever: the milonga is heard while the girl still cannot play, and the "
            "arranger takes the bandoneón out of the orchestra completely — only strings and piano, "
            "a hole where the bandoneón should be. When she finally plays right, the tango enters, "
            "and the bandoneón comes back in the first bar. If you are an arranger you understand "
            "that this is the whole film in one orchestration choice.",
            "H: Where",
            "The lessons happen in a conventillo in La Boca, and the exteriors really were shot at "
            "Caminito, with the coloured walls. But the night walks, with the port in the fog, are "
            "not Buenos Aires: the production went across the river, and the Ciudad Vieja of "
            "Montevideo doubles as the Buenos Aires port of 1950. Uruguayan friends, you can be "
            "proud; it looks more like our old port than our port does today.",
            "H: The record",
            "The soundtrack CD was released in 2006 and went up to number 8 on the CAPIF album "
            "chart, and later CAPIF certified it gold, which for tango is almost a miracle. I bought "
            "two, one to use and one to keep.",
            "Below, the montage. Listen for the missing bandoneón. Un abrazo, and see you next week.",
        ],
        video="yt:Uc7Lm9oKs3B",
        film=("Bandoneón para dos inviernos", 2006),
        tracks=["Milonga del farol dormido", "Tango del puerto gris"],
        people=[
            ("Milonga del farol dormido", "Aníbal Quiroga Sosa", "composer"),
            ("Milonga del farol dormido", "Estela Marchetti", "composer"),
            (
                "Milonga del farol dormido",
                "Orquesta Típica Los Mirlos del Sur",
                "performer",
            ),
            ("Tango del puerto gris", "Rodrigo Ezcurra", "composer"),
            ("Tango del puerto gris", "Quinteto Sudestada", "performer"),
            ("Tango del puerto gris", "Mariana Ledesma", "performer"),
        ],
        albums=["Bandoneón para dos inviernos soundtrack"],
        peaks=[("Bandoneón para dos inviernos soundtrack", 8, "other:CAPIF")],
        certs=[("Bandoneón para dos inviernos soundtrack", "gold", 1, "other")],
        places=["Caminito", "Ciudad Vieja"],
        stood=[("Ciudad Vieja", "the Buenos Aires port of 1950")],
    ),
    # 20. Scottish piping-band member
    post(
        "last-piper-of-glen-corran-ap",
        "handmade",
        "The Last Piper of Glen Corran (1972): a piper's view",
        [
            "Our band secretary asked me to write something for the website about the film, since "
            "we're showing it at the hall next month, so here goes. Apologies in advance, I'm better "
            "with a chanter than a keyboard.",
            "<em>The Last Piper of Glen Corran</em> came out in 1972. It's about an old pipe major "
            "in a dying Highland village, and a young lad from Glasgow who's sent up to learn from "
            "him. Directed by an Englishman, Rupert Hale-Simmons, which you'd never guess; he got the "
            "Highlands better than most Scots do.",
            "The montage everyone remembers comes about two-thirds of the way through: the lad "
            "practising on the hill in all weathers, blistered fingers, the old man listening from "
            "his door, and the whole thing set to “Lament for the Kyle Ferry”. It's a proper slow "
            "air, composed by Pipe Major Duncan Rennick for the film, and played on the soundtrack "
            "by the Strathallan Caledonian Pipe Band, who were Grade 1 then — and aye, they tuned "
            "those drones properly, you can hear it.",
            "Then right at the end of the montage, when the lad finally plays it through without a "
            "mistake, the pipes carry on into a folk-rock version with drums and electric guitar. "
            "That's “Heather on the Wire”, by Clachan Road; their singer Morag Sillars wrote it. "
            "Purists in our band still argue about whether that's sacrilege. I'm on the side of it "
            "being brilliant.",
            "“Heather on the Wire” went to number 9 in the UK singles chart in the spring of 1973, "
            "and the BPI gave it a silver disc. Their album <strong>Peat Reek and Petrol</strong>, "
            "with the single on it, got to 22 on the albums chart. Clachan Road never had another "
            "hit, mind.",
            "As for locations, the village scenes were filmed in Plockton, over in Wester Ross, "
            "which has been in a fair few films and telly programmes since. The hill where the lad "
            "practises is above Glen Etive, and the castle you see behind him in the last shot of "
            "the montage is Eilean Donan. In the story the castle is meant to be the laird's house "
            "of Glen Corran, so Eilean Donan plays that. Glen Corran itself is made up — there's a "
            "Corran ferry, but no glen.",
            "Clip below. Listen for the E in the second line: Rennick wrote a cheeky gracenote "
            "there that nobody in our band can get right first time.",
        ],
        video="yt:Fy1hP6wd_Jr",
        film=("The Last Piper of Glen Corran", 1972),
        tracks=["Lament for the Kyle Ferry", "Heather on the Wire"],
        people=[
            ("Lament for the Kyle Ferry", "Duncan Rennick", "composer"),
            (
                "Lament for the Kyle Ferry",
                "Strathallan Caledonian Pipe Band",
                "performer",
            ),
            ("Heather on the Wire", "Clachan Road", "performer"),
            ("Heather on the Wire", "Morag Sillars", "composer"),
        ],
        albums=["Peat Reek and Petrol"],
        peaks=[
            ("Heather on the Wire", 9, "uk_singles"),
            ("Peat Reek and Petrol", 22, "uk_albums"),
        ],
        certs=[("Heather on the Wire", "silver", 1, "bpi")],
        places=["Plockton", "Glen Etive", "Eilean Donan"],
        stood=[("Eilean Donan", "the laird's house of Glen Corran")],
    ),
]
