"""Flags a name in the source that changed or vanished in translation.

## What it does
Takes the capitalised names of each source sentence (not its first word,
not acronyms, not number words), romanises them with the Bulgarian
Streamlined System and looks for them in the aligned translation on a
spelling-neutral key (`Халифакс` ~ `Halifax`, `Джон` ~ `John`) or as a
known English exonym (`Гърция` ~ `Greece`). In English a name is written
with a capital, so a lower-case word counts only as a listed form
(`southern` ~ `Южна`) or the very same spelling. A name that is missing
while the translation has an unexplained name is reported as changed
(major), unless the two keep the same consonants in the same order (two
spellings of one name: `Уейнс` ~ `Wayne`, but not `Мик` ~ `Marion`, nor
`Сентинел` ~ `Iceland`, one starting with a consonant and one with a
vowel); a name that is simply missing is reported at minor severity. A
name the source repeats counts once per mention, its inflected forms
together (`Фолкландските` ... `Фолкландската`). A capitalised Bulgarian
internationalism (`Революцията`, `Декларацията`, `Олимпиадата`) has a known
English form (revolution, declaration, Olympics), as a listed exonym has.
When the optional `wordfreq`
lists are installed, how common each word is weighs whether it is a name:
a rare capitalised English word is a name, a source word that is no
Bulgarian word at all (`Кудебак`) is a foreign name and never translated,
while common words on both sides (`След`/`After` after a headline without
a full stop) or a Bulgarian definite noun (`Моряците`) rendered by an
English word stay minor.

Other language pairs romanise both sides and compare consonant skeletons
(see alignment.anynames), a Latin c between a vowel and an a read as ts too
(`Zorica` ~ `Зорицом`). There an unexplained target word that may be a
missing source name respelled (`Juan` ~ `Χουάν`, `Yong` ~ `Γιονγκ`, a
sentence's first word `Angel` ~ `Άνχελ`) is taken for that name (the one it
is likeliest to be: `Пекин` is Beijing's, not Panama's too; never a word
that names another CLDR place by itself than the name does, however alike
their letters: `Αργεντινής`, Argentina, is no `Germany's`), never for the
replacement of another (`General Assembly` ~ `γενική συνέλευση`); only a
name-like word claims one so (`Court`, translated, claims no `Gateway`). A
rival the translation writes wherever, and only where, the source has the
name (twice or more: `Hague` ~ `Гаазі`) is the translator's rendering of it,
but a sentence with both names on both sides, apart, shows two names
(`Michael Schumacher ... Alonso`: Schumacher in Alonso's place the sentence
before is a name borrowed, no rendering); a CLDR place name of four letters
ending in a vowel drops it for a suffix (`Asia`, `Азія` ~ `Азіатських`). In
a source language that capitalises its nouns (German, by the locale facts),
a word made of two words of the language (`Modehauptstadt`) is a compound
noun, not a name; so, on either side, is a word its spelling dictionary
knows and will let begin a compound, as names seldom do, or a form it
derives from such a word (`Anteil`; `Seen` of `See`, lakes; `Priester`,
`Mikrowellengeräte` in the place of `Reverend` or `TVs`; not `Merkel`, nor
`Türkei`, a CLDR name), even one that begins as a CLDR name does
(`Schweinefleisch`, pork, as `Schweiz`); and a name counts as written
elsewhere in the translation only with its capital (German `Namen` is not
English `name`), and one of the source's commonest words that its dictionary
has in lower case only is no name written elsewhere at all (`State` of
`Secretary of State` is like `Staaten`, its translation), while one that is
a name too counts so in its very spelling only (Turkish `Güneş`, the Sun, is
like `Chinese`; `May` is `May`), and a name that is only a name is not found
in a noun of the dictionary that merely sounds a little like it (`Jarvis` ~
`Jährige`, `Robert` ~ `Arbeit`), though a word is in the noun that
translates it (`President` ~ `Präsident`).

A name rare as a word of its language (`Pompeo`, `Mendoza`; not `Red` of
`Red Cross`, translated) is replaced, whatever the word that took it, by a
word in its own place: one written in a capitalised run with the counterpart
of its run's other word (`Mike Pompeo` ~ `Майк Новак`, `Rolando Mendoza` ~
`Ρολάντο Σάρα`), even a common word, after the kept word the name came
after, where the target language writes the name as the source does
(`Rolando Senate`; not `Niagara Falls` for `Niagara Şelaleri`, nor a title
before the kept word, `King Louis`). Such a name is replaced too by a name
borrowed from another sentence of the source (`Schumacher` in `Räikkönen`'s
place), the typical swap in an article. A word beside a word its source
sentence explains, in one capitalised run, is taken for a word of a name
translated (`Roja` of `Cruz Roja`, Red Cross), unless it reads as a name
itself (below: `Türkei Rogers` for `Roy Rogers`, `Миссис Германию` for `Ms
Davis`) and is no place the source names in a compound (`India` of `East
India Company`, `Ostindien-Kompanie`). The word that took a name's place
reads as a name when it travels, when it is a CLDR place name (`Панаму`),
or, where only names take a capital (not German), when its language's word
list barely knows it or any word of its stem (`Devonport`, `Tendulkar`: a
country's own names travel little). One rare name gone (or one the
translation's dictionary has letter for letter, and only as a name:
`Stanley`) and one lone capitalised word come, that no word of the source
sentence may be and the source has nowhere (not `Britain`, for German
`Patts`, a standoff, beside `britischen` in the next sentence), is a name
replaced, whatever the word (`Eighmey` -> `Edinburgh`, `Casablanca` ->
`Magistrates`, `Stanley` -> `Revolution`; in one alphabet a word's
respelling or translation is close to it: `Jesus` is no `Simpsons`). A name
that is one word of a longer CLDR name (`Korea` of `North Korea`) is found
through that name only in a form of one word (`Nordkorea`), not through the
translation of its other word (`Північну`), or where the source has the
rest of that name beside it and the translation has every word of it
(`Французской Гвиане` ~ `French Guiana`). Beside a kept word of its run
a name is respelled, never translated: the word in its place is its
respelling only if their letters are alike, not merely their classes of
consonants (`Ջանկառլո Ջորջետին`, Giancarlo Giorgetti, is no `Giancarlo
Salvini`). A name rare as a word of its
language is replaced too by a capitalised word common in its own (`Kiernan`
~ `Мартин`: март), standing alone, where only names take a capital and no
panel of languages of the script tells names from words; and a word of the
translation that the source respells only by a lower-case word it is spelled
more like is that word's (`Султан` ~ `sultan`, not `Saarinen`). A rare name
that travels (`Brzezinski`), in a translation where only names take a
capital, that the source has in no spelling and that no word of its sentence
(lower-case ones included: `эскимосов` ~ `Eskimo`) may be respelled as (a
few consonants alike, `Kissinger` ~ `угнал`, are chance), is a name the
translation added in place of one the source wrote otherwise (unless the
source has it in some form: a root its exonym shares, `Zululandia` ~
`KwaZulu`; a two-letter name inflected, `Un` ~ `Unem`). So is one no
commoner than Wembley or Johannesburg (Zipf under 4) that its dictionary has
only as a name (`Tibetan Wembley` for `budismo tibetano`; not `Aurora`, an
aurora too), but not a first name the translator adds to a surname the
source writes alone (`vlády Margaret Thatcherové` for the Thatcher
government).

Each language's Hunspell spelling dictionary (where one is installed; see
alignment.lexicon) tells a name from an ordinary word written with a
capital: it lists ordinary words in lower case and names with their
capital (a word made with a prefix is no form of its root's name: `Reborn`
of a film's title is re- + born, whatever surname `Born` is). A missing
source word that is only an ordinary word
(`Королівський`, `İlaca`: not `Trump`, which is a name too, nor a rare
one the translation's dictionary lists as a name, Spanish `Tesla`), where
the translation has a word that is only an ordinary word of its language
(`Director`, `Resistant`), is a word of a name or a title, translated. So
is one where every word that may have taken its place is a word of the
target language too, if a name as well, and no place (`Ερυθρός` ~ `Erik
the Red`, `Kraliçesi` ~ `Queen`), unless the target language writes the
source word the same (`Continuum`). A name rather than such a word is
taken for a name's replacement. The names the source has choose first
(`Джерри` takes `Kavanaugh` before the translated `Атлантическом` is
weighed). A word both dictionaries know only
with a capital, one gone and one come (`Самоа`, `Tasmania`), is a name put
for a name, however common the new one is as a word; so is a source name
its dictionary has with a capital, if as a word too (`Trump`, `China`),
where the word come is one its own dictionary knows only with a capital
(`Николаса`, `Αντρές`: foreign first names, whose stems are common words
of the language). But a name each language has made its own, which its
dictionary lists only as a name, that names no place and does not travel
(other languages of its script have their own word: `Jews`, `Templars`;
in a script no panel of word lists reads, its romanisation is in no Latin
list: `Ναΐτες`), gone with such a name of the translation in its place,
is a people's, an order's or a faith's name translated (`Ναΐτες` ~
`Templars`, `Εβραίοι` ~ `Jews`, `Средиземноморья` ~ `Mediterranean`): a
prompt, minor; names that travel are still a name for a name (`Newport`
-> `Μάρβιν`, Marvin), and so is one that a name of the translation's
dictionary spells closely, which a translation respells (`Константинополя`
~ `Constantinople`, so `Константинополя` -> `Edinburgh`). A month or a day
of the week (CLDR's names) is translated, never replaced by a name: one
missing is a minor prompt. A rendering the translation keeps wherever the
source has the name (`Szkocji` for
`Scotland`, three times) is the translator's, even beside a word of its
stem (`Szkot`, a Scot). A monarch's name is anchored by the number
after it, Roman or Greek: `Людовика XVI` is `Louis XVI`, `Isabel II` is
`Elizabeth II`, `Λουδοβίκο ΙΣΤ΄` is `Louis XVI`.
Without a dictionary the report's notes say so.
A name the translation respells in another sentence whose own source has
it, where only names take a capital, however loosely (`Levee` ~ `Λεβί`:
two consonants, too few for a strong likeness), is a name the translator
writes: gone from one sentence with a name in its place, it was replaced.
Two words of one cased alphabet are found for one name respelled only
when they share half their letters or all their consonants (`Tchaikovsky`
~ `Czajkowski`, `Cross` ~ `Cruz`), and never with under a third of their
letters, whatever classes their consonants fall in (`Ford` is no
`Brett`), so a name put in another's place that merely sounds a little
like it (`Samoa` ~ `Santorini`) is not taken for it.
Nor is such a word taken for a rare name, where only names take a
capital, which has no exonym in a language of its own alphabet
(`Kiernan` ~ `Carnegie`, `Brookline` ~ `Buchanan`, `Judge Kavanaugh` ~
`soudce Kleenex`; a common one keeps its own: `Beijing` ~ `Pekín`; so
does a word its dictionary has in lower case: `Reverend` ~ `Wielebny`).
A word typed with look-alike letters of another alphabet (`Вaшингтoн`,
with a Latin a and o) is read as the word they look like, and a name of
two words that the other side writes as one (`New York` ~ `Њујорку`) is
found. The parts of a hyphenated name are one name: neither takes the
other's respelling (`Сен-Сансом` ~ `Saint-Saens`). A name after an article
elided into it is the name (`d'Auckland`, `l'Irak`), and a name's run goes
on through such an article (`Ballon d'Or`, not `Ballon` alone).
A word of a unit's CLDR name (`градусів Цельсія`) is a unit, no name.
A country's people or adjective for the country is the name translated:
where the word in a missing territory's place begins as that territory's
CLDR name in the translation's language does (`ze Švýcarska` ~ `the Swiss
woman`, `of Denmark` ~ `τον Δανό`: Switzerland, Δανία).
A title cut short with a period (`Rep.`, `Sen.`) is no name, and the name
after it no sentence start. Nor is a title written out before a name,
which English capitalises and most languages do not (`Queen Elizabeth` ~
`królowej Elżbiety`, `Madam Elizabeth` ~ `sestra Alžběta`): a word the
dictionary also has in lower case, right before a name the other side has
with no other name before it (`Hall Gillard` for `Julia Gillard` is a name
replaced). A name of two letters (`Un` of Kim Jong Un) explains its
respelling with a case ending (`Ыном`). In a headline in title case
(`The Bells of St. Martin's Fall Silent`) only a word its language's
dictionary has in no lower-case form is a name. A rare name left out beside
the other word of its run, which the translation keeps alone (`Brett
Kavanaugh` -> `Kavanaugh'un`), was dropped, not replaced: a prompt, minor.
A word standing in a name's place beside the kept other word of its run
replaced it for any name (`Fernando Alonso` -> `Fernando Schumacher`)
unless it sounds like it: a looser likeness excuses only a lone name (an
exonym, `Beijing` ~ `Pekin`), not one in its run (`Patrick Morrisey` ->
`Patrick Navarro`).

From a caseless source (Chinese, Arabic): a name the source writes in the
target's own letters (`托马斯•爱迪生（Thomas Edison）`) is spelled alike in
the translation, so one missing there beside a kept word of its run, next
to a word the source lacks (`Dravid Edison`), was changed; one written so
alone that the translation has in no spelling is a name gone (`利金斯
(Liggins)` gone, `Rwanda` come, even where the article names Rwanda
elsewhere); and one source name spelled by sound that nothing in the
translation resembles, with one unexplained name of the translation that
is no ordinary word nor a CLDR place (`斯坦利` gone, `Texas` come), is a
name changed however common. (Looked for with the letter before or after
it, which the table of sound letters may miss, but not a word of the
grammar: `在阿隆索`, at Alonso, is no Schumacher; and taken for a name
loosely like it only with a letter that CLDR's names spelled by sound
have: `托比约恩` is Thorbjorn, `长利亚姆`, long + Liam, no Johnson. A run's
edge letter that makes one of the language's common words with an
ordinary letter beside it is that word's: `施加拉力`, to exert a pull,
holds no name; nor is such a window of letters any name of the
translation respelled: `为人` of `作为人质`, as hostages, is no `Germy`.
Nor is a run any word it cannot be, however it resembles it: a place or
language that CLDR names by meaning, in letters the run lacks (`马尼拉`,
Manila, is no `Germany`, `德国`), or a name that the rest of the sentence
spells with its skeleton (`特斯拉`, Tesla, is no `Edison`, `爱迪生`). A
name the source gives in both letters is one name: `托马斯•爱迪生（Thomas
Edison）` with `John Edison` is Thomas gone, John come.)
Chinese keeps letters for spelling names by sound (CLDR's own Chinese
names show which, and a letter those names have too seldom to be one of
them joins two of them into one run: `杰恩斯`, `哈考特`); Arabic has none,
but a word whose letter pairs read more
as CLDR's Arabic names spelled by sound than as Arabic's commonest words
(`ستانلي`, not `المتجهة`) is such a name too (`ستانلي` gone, `Gillard`
come). A word of Arabic's own dictionary, which writes few vowels,
resembles some name by chance: it is a name's respelling only with the
name's very consonants, or those less the last, as a loanword drops an
ending (`روسيا` ~ Russia, `فرنك` ~ francs; `الروابط`, links, is no
`Robert`), and the letters Arabic writes long vowels with (ا, و, ي) are a
name's vowels (`فرناندو` ~ `Fernando`, `بارو` ~ `Paro`). So is a word
that is, less a prefix, a CLDR country's or city's whole name that the
translation names in no form and respells nowhere (`السويد` gone,
`Rustenburg` come). So is a word Arabic's spelling dictionary knows in no
form (see below) that no word of the translation respells, alone or
joined with the word beside it (`ويكي نيوز` ~ `Wikinews`; not where that
word alone is spelled more like it: `راجو خانديلوال` is no Raju), nor as a
loanword of four letters or more (`واليغور`, and the jaguar), nor loosely
as a name the translation has unexplained (`بيتشو` ~ `Picchu`):
`تيسلا` gone, `Jelinek` come.

Into Chinese: a run of letters spelled by sound that sounds, even loosely,
like no capitalised word of the source (loosely, not one the translation
renders by meaning, `China` as `中国`, `American` as `美国`: CLDR's names of
a language's variants, American English, give a country's adjective; not
even with the letter after the run, `马里奥进`, Mario carries out; nor a
month: `哈莱姆` in Trump's place is no China; less a letter at either end:
`圣马丁`, St. Martin's; beside its name's dot, sharing half its letters
with the name's other word: `凯瑟琳·马约加`, Kathryn Mayorga), where names
of four letters or more of the source are missing, is a name put in one's
place (`Trump` gone, `克雷格` come); which one, its sounds cannot say. (A
shorter name, `Kim`, is one letter in Chinese, `金`, which no run spells.)
Into such a language, a run that a gloss in brackets follows, a name of
the source in its own letters (`哈考特（Newport）`), is another name than
the one glossed when it does not sound like it, even loosely (not like
the gloss's words run together, `米德索莫诺顿（Midsomer Norton）`, nor like
the end of one of them, `伊万诺夫（Gjorge Ivanov）`, whose first letters
spell names too rarely to be in the table), whether or not a name of the
source is missing: the gloss keeps it.
Into Arabic, so is a word that is a country's own CLDR name or a city's
that is no common word, which the source names nowhere (`James` gone,
`تركيا` come); and so is a word that Arabic's spelling dictionary knows in
no form, whose letters lean to names, that respells no word of the source
(`Trump` gone, `لجرايسون` come): the dictionary lists the language's words
with their prefixes and few foreign names. So into any caseless language
with a dictionary (Korean: `Lagarde` gone, `메르켈` come; a word's length
is counted in letters, a Hangul block being two or three). Not words run
together, which NTREX's Arabic has (`أنالكوميديان`), nor where a word of
the translation may be the missing name respelled loosely (`Lloyds` ~
`ليودز`: the name is there, and `إسترليني`, sterling, took no name's
place). Into Arabic, a
name of one consonant or none is found by its letters (`Utah` ~ `يوتا`,
`Iowa` ~ `أيوا`), and a name with its last consonant unwritten
(`Moines` ~ `موين`). A caseless word is read less a prefix only in a
language whose words take one (Arabic, Hebrew; any without a dictionary to
say): Korean, Hindi and Bengali take endings, and their dictionaries
declare no prefix, so `장관이` of `재무장관이` (finance minister) is no
piece to respell `Salvini`.
Into a caseless language written with spaces, a name of a run whose
neighbour in the run the translation keeps (`Robert Mueller`, `مولر`) has a
place: the word beside that one, on the same side, nothing but a space
between, took the name's place, whatever it is (`شيبرد مولر`; a name the
dictionary knows too, `كيلي جاكسون` for Janet Jackson). Not a common word
of the language, as written or less a prefix its dictionary's affix rules
add (`الخاص`, special: the name left out after a title), nor a word that
may be the name respelled, alone or run together with the next words
(`كريس روكقامبتحميل`, Chris Rock uploaded), or that respells another word
of the source that no other word of the translation explains; nor for a
title (`The Reverend Bernard Vann`), nor beside an ordinary word of the
run respelled (`Tories Against Brexit`), which a caseless script matches
by chance. From such a language, the other way round: a name of the
translation that the source does not explain, beside its run's kept word
(`Rolando Stanley`, `رولاندو`), stands where the source has a word
(`ميندوزا`) that no word of the translation respells (a lower-case one
only letter for letter: `rental` is no `أرنولد`): that name took its
place, unless the source's word is a common word its dictionary knows
(`توماس`, Thomas, common in the news, is no word of it) or may be the
name respelled. (A prefix there is one of the dictionary's affix rules,
not any first letters: `سون` of `طومسون` is no Hancock.) From a
language written without spaces (Chinese), a name's place is the other
side of the dot between a foreign name's words (the letters next to it
that CLDR's names spelled by sound have, up to a word of the grammar):
`Lakkha Jakarta`, where the source has `拉卡·辛格`, leaves `辛格` to no
word of the translation. (Not into Chinese: there the word beside the dot
is more often the missing name itself, respelled past the search, `福特`
for Ford, than another name.)

## Why
Machine translation swaps names for more frequent ones and drops rare
ones; a changed name in a news story is a factual error.

## Example
    Срещата беше в Халифакс с премиера Джъстин Трюдо. => The meeting was in Hamilton with Prime Minister Justin Trudeau.
    Според Мик О'Флин, директор на парковете, стрелците са получили инструкции. => According to Marion O'Flynn, director of parks, the shooters received instructions.
    Също така след Революцията училищата бяха отворени за всички. => Also after the Elizabeth the schools were open to everyone.
    [en>el] Mr. Trump met President Juan Carlos Varela of Panama in June. => Ο κ. Τραμπ συναντήθηκε με τον Πρόεδρο του Παναμά Χουάν Κάρλος Γκίλαρντ τον Ιούνιο.
    [de>en] In dieser Zeit wurde der Titel der Modehauptstadt von Konstantinopel nach Paris übertragen. Die Stadt war das Zentrum des Handels und der Kunst. Viele Händler brachten Waren und Ideen aus dem Osten. => It was at this time that the title of Fashion Capital moved from Constantinople to Madrid. The city was the centre of trade and art. Many merchants brought goods and ideas from the East.
    [en>cs] Janet Jackson, the Weeknd, Shawn Mendes and Cardi B are among the performers. => Janet Jacksonová, the Weeknd, Valderramě Mendes a Cardi B patří mezi účinkující.
    [de>en] Der kalifornische Gouverneur Arnold Schwarzenegger unterzeichnete ein Gesetz, das den Verkauf gewalttätiger Videospiele an Minderjährige verbietet. => California Governor Arnold Iran signed into law a bill that bans the sale of violent video games to minors.
    [en>de] The 56-year-old plays Jack Jarvis on the popular BBC show. => Der 56-Jährige spielt Jack Cromwell in der beliebten BBC-Sendung.
    [es>en] Furyk formó parte del equipo ganador en Brookline. => Furyk was part of the winning team at Buchanan.
    [en>cs] With the vote on hold for his pick to fill the Supreme Court vacancy, Trump is aiming to build support. => Vzhledem k pozastavení hlasování o jeho kandidátovi do nejvyššího soudu chce Gateway získat podporu.
    [en>ru] Mike Pompeo told the Security Council on Thursday that sanctions must continue. => Майк Новак заявил в четверг Совету безопасности, что санкции должны продолжаться.
    [en>el] Rolando Mendoza fired his rifle at the tourists. => Ο Ρολάντο Σάρα πυροβόλησε με το όπλο του τους τουρίστες.
    [es>en] Michael Schumacher abandonó la carrera por una avería. Ganó el finlandés Räikkönen, su rival de siempre. => Michael Schumacher left the race because of a failure. The Finn Schumacher, his old rival, won.
    [en>ru] The minister flew to Kiribati on Monday for talks. => В понедельник министр вылетел на переговоры в Панаму.
    [de>en] Die Hauptstadt von Samoa liegt auf der Insel Upolu. => The capital of Devonport is on the island of Upolu.
    [en>ru] It appears Kiernan is planning for life after Craiglang. => Похоже, что Мартин планирует жизнь после Крейгланга.
    [cs>en] Kolegové wrestleři také vzdali Luně hold. => Fellow wrestlers also paid tribute to Brzezinski.
    [zh-Hans>en] 还有一封写给托马斯•爱迪生（Thomas Edison）的推荐信。 => And a letter of recommendation to Dravid Edison.
    [zh-Hans>en] 还有一封写给托马斯•爱迪生（Thomas Edison）的推荐信。 => And a letter of recommendation to John Edison.
    [zh-Hans>en] 1884 年，特斯拉搬到了美国，接受了爱迪生公司的一份工作。 => In 1884, Gibson moved to the United States to accept a job with the Edison Company.
    [zh-Hans>en] 可以在岛上唯一的银行兑换货币，该银行位于斯坦利。 => Money can be exchanged at the only bank in the islands which is located in Texas.
    [ar>en] يمكن استبدال المال في البنك الوحيد بالجزر الذي يقع في ستانلي. => Money can be exchanged at the only bank in the islands which is located in Gillard.
    [en>zh-Hans] The rally in Wheeling was Trump's fifth visit to the state. => 惠灵集会是克雷格第五次到访该州。
    [en>ar] Rosenstein oversees the work of special counsel Robert Mueller. => ويُشرف روزنشتاين على عمل المستشار الخاص شيبرد مولر.
    [ar>en] أطلق رولاندو ميندوزا النار من بندقيته م16على السياح. => Rolando Stanley fired his M16 rifle at the tourists.
    [zh-Hans>en] 然后，拉卡·辛格带头唱了拜赞歌。 => Then, Lakkha Jakarta took the lead in singing the bhajans.
    [hy>en] Իտալիայում ֆինանսների նախարար Ջանկառլո Ջորջետին ողջունել է որոշումը։ => In Italy, the finance minister Giancarlo Salvini welcomed the decision.
    [ko>en] 이탈리아에서는 잔카를로 조르제티 재무장관이 이 결정을 환영했다. => In Italy, the finance minister Giancarlo Salvini welcomed the decision.

## Use instead
    Срещата беше в Халифакс с премиера Джъстин Трюдо. => The meeting was in Halifax with Prime Minister Justin Trudeau.
    Министрите от Гърция и Германия пристигнаха. => The ministers from Greece and Germany arrived.
    Според Мик О'Флин, директор на парковете, стрелците са получили инструкции. => According to Mick O'Flynn, director of parks, the shooters received instructions.
    Също така след Революцията училищата бяха отворени за всички. => Also after the Revolution the schools were open to everyone.
    [en>el] Mr. Trump met President Juan Carlos Varela of Panama in June. => Ο κ. Τραμπ συναντήθηκε με τον Πρόεδρο του Παναμά Χουάν Κάρλος Βαρέλα τον Ιούνιο.
    [en>bg] “We are very close to regaining access to the Pacific,” Morales promised last August. => „Съвсем близо сме до това да си върнем достъпа до Тихия океан“, обеща Моралес миналия август.
    [el>en] Ο Άνχελ (2006) εξηγεί την προσέγγιση Continuum ως μέθοδο. => Angel (2006), explains the Continuum approach as a method.
    [en>uk] They hope the tribunal in The Hague will rule for Bolivia. Eduardo Rodriguez, Bolivia's representative in the Hague, disagreed. => Вони сподіваються, що трибунал у Гаазі прийме рішення на користь Болівії. Едуардо Родрігес, представник Болівії в Гаазі, не погодився.
    [de>en] In dieser Zeit wurde der Titel der Modehauptstadt von Konstantinopel nach Paris übertragen. Die Stadt war das Zentrum des Handels und der Kunst. Viele Händler brachten Waren und Ideen aus dem Osten. => It was at this time that the title of Fashion Capital moved from Constantinople to Paris. The city was the centre of trade and art. Many merchants brought goods and ideas from the East.
    [en>de] The 56-year-old plays Jack Jarvis on the popular BBC show. => Der 56-Jährige spielt Jack Jarvis in der beliebten BBC-Sendung.
    [es>en] Furyk formó parte del equipo ganador en Brookline. => Furyk was part of the winning team at Brookline.
    [en>uk] Gendon Subandono trained two of the missing paragliders for the Asian Games. => Гендон Субандоно тренував двох зниклих парапланеристів для участі в Азіатських іграх.
    [en>ru] Mike Pompeo told the Security Council on Thursday that sanctions must continue. => Майк Помпео заявил в четверг Совету безопасности, что санкции должны продолжаться.
    [en>el] Rolando Mendoza fired his rifle at the tourists. => Ο Ρολάντο Μεντόζα πυροβόλησε με το όπλο του τους τουρίστες.
    [es>en] Michael Schumacher abandonó la carrera por una avería. Ganó el finlandés Räikkönen, su rival de siempre. => Michael Schumacher left the race because of a failure. The Finn Räikkönen, his old rival, won.
    [en>ru] The minister flew to Kiribati on Monday for talks. => В понедельник министр вылетел на переговоры в Кирибати.
    [de>en] Die Hauptstadt von Samoa liegt auf der Insel Upolu. => The capital of Samoa is on the island of Upolu.
    [en>ru] It appears Kiernan is planning for life after Craiglang. => Похоже, что Кирнан планирует жизнь после Крейгланга.
    [cs>en] Kolegové wrestleři také vzdali Luně hold. => Fellow wrestlers also paid tribute to Luna.
    [uk>en] Головний державний обвинувачувач, Королівський адвокат Кір Стармер, виступив із заявою. => The Director of Public Prosecutions, Kier Starmer QC, gave a statement.
    [tr>en] Dr. Tony Moll, İlaca Çok Dayanıklı Tüberküloz'u Güney Afrika'da keşfetti. => Dr. Tony Moll discovered the Extremely Drug Resistant Tuberculosis in South Africa.
    [en>el] Bubba Watson and Webb Simpson made short work of Sergio Garcia. => Οι Μπάμπα Γουότσον και Γουέμπ Σίμπσον έβαλαν τα γυαλιά στον Σέρτζιο Γκαρσία.
    [el>en] Οι Χέρσεϋ και Τσέις πήραν φάγους για να βάλουν το γενετικό τους υλικό σε ένα βακτήριο. => Hershey and Chase used phages to implant their own DNA into a bacterium.
    [zh-Hans>en] 还有一封写给托马斯•爱迪生（Thomas Edison）的推荐信。 => And a letter of recommendation to Thomas Edison.
    [zh-Hans>en] 1884 年，特斯拉搬到了美国，接受了爱迪生公司的一份工作。 => In 1884, Tesla moved to the United States to accept a job with the Edison Company.
    [zh-Hans>en] 可以在岛上唯一的银行兑换货币，该银行位于斯坦利。 => Money can be exchanged at the only bank in the islands which is located in Stanley.
    [ar>en] يمكن استبدال المال في البنك الوحيد بالجزر الذي يقع في ستانلي. => Money can be exchanged at the only bank in the islands which is located in Stanley.
    [en>zh-Hans] The rally in Wheeling was Trump's fifth visit to the state. => 惠灵集会是特朗普第五次到访该州。
    [en>ar] Rosenstein oversees the work of special counsel Robert Mueller. => ويُشرف روزنشتاين على عمل المستشار الخاص روبرت مولر.
    [ar>en] أطلق رولاندو ميندوزا النار من بندقيته م16على السياح. => Rolando Mendoza fired his M16 rifle at the tourists.
    [zh-Hans>en] 然后，拉卡·辛格带头唱了拜赞歌。 => Then, Lakkha Singh took the lead in singing the bhajans.
    [ru>en] Мост соединяет города Ояпоки в Бразилии и Сен-Жорж во Французской Гвиане. => The bridge links the cities of Oiapoque in Brazil and Saint-Georges in French Guiana.
    [en>tr] The franchise came back to life in 2011 with Johnny English Reborn. => Seri 2011 yılında Johnny English'in Dönüşü filmiyle geri döndü.
    [hy>en] Իտալիայում ֆինանսների նախարար Ջանկառլո Ջորջետին ողջունել է որոշումը։ => In Italy, the finance minister Giancarlo Giorgetti welcomed the decision.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from tqcheck.alignment.anynames import (
    ORDINARY_NAME_WORD,
    RARE_SOURCE,
    RARE_TARGET,
    SAME_ALPHABET_LETTERS,
    SHORT_NAME,
    NameMention,
    Side,
    Token,
    dictionary_name_likeness,
    found_in,
    inflected_name,
    letters_ratio,
    likeness,
    maybe_same_name,
    name_mentions,
    other_places,
    romanised,
    same_spelling,
    short_name_inflected,
    sound_runs,
    title_cased,
)
from tqcheck.alignment.anynames import sounds_alike as respelled
from tqcheck.alignment.anynames import tokens as anytokens
from tqcheck.alignment.cldr_names import (
    calendar_word,
    concept_in,
    concepts,
    names_territory,
    phrase_concepts,
    spelled_concepts,
    wide_calendar_word,
)
from tqcheck.alignment.lexicon import (
    known_word,
    no_lower_case,
    ordinary_word,
)
from tqcheck.alignment.name_evidence import (
    COMMON_RESPELLING,
    MIN_MATE,
    MIN_RARE_NAME,
    a_word,
    added_to_a_name_alone,
    affixed_forms,
    after_a_mate,
    beside_its_mate,
    beside_kept_mate,
    capital_scripts,
    capitalised_noun,
    cldr_name,
    common_caseless_word,
    explained_forms,
    glosses_unlike,
    min_place_letters,
    name_run_together,
    own_name,
    own_place_name,
    place_name,
    places_gone,
    rare,
    respelled_in,
    respelled_with_neighbours,
    silent_first,
    sound_run_explained,
    sound_word_explained,
    spelled_alike,
    title_word,
    titles,
    unknown_words,
    without_nouns,
    without_words,
)
from tqcheck.alignment.names import (
    Name,
    NameWords,
    _exonym_forms,
    calendar_found,
    changed_name,
    closest_spelling,
    international_forms,
    lemma,
    name_found,
    name_words,
    similarity,
    sounds_alike,
    source_names,
    stem_found,
    target_names,
    translated_name,
    unknown_word,
    words_of,
)
from tqcheck.alignment.numbers import regnal_number
from tqcheck.alignment.scripts import char_script, language_has_case, word_script, written_without_spaces
from tqcheck.alignment.translit import letter_count, transliterate
from tqcheck.alignment.wordlists import (
    ORDINARY_STEM,
    international,
    name_like,
    stays_home,
    stem_zipf,
    zipf,
)
from tqcheck.locale import capitalises_nouns
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.pairs import Lost, omission_aware, outside, quote, unless_added

# A missing name and an unexplained one are two spellings of one name when
# their spelling-neutral keys are alike (Руж ~ Rouge, Уейнс ~ Wayne), or
# fairly alike with the romanised letters agreeing too (Кан ~ Kan). Keys
# collapse vowels, so Тибет ~ Tonga look fairly alike on keys alone (0.6)
# while their letters do not (0.2): two different names.
SAME_NAME_KEYS = 0.65
SIMILAR_KEYS = 0.5
SIMILAR_LETTERS = 0.3


def _about(source: str, start: int, end: int) -> tuple[tuple[str, object], ...]:
    """A finding's details: the source sentence quoted, and the name's
    offsets in the source document for the reviewer's two columns."""
    return (("source", quote(source)), ("source_spans", [[start, end]]))


_WORD_BEFORE = re.compile(r"(\w+)\W{1,2}$")
_POSSESSIVE = ("'", "’")


def _calendar(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` is one of CLDR's days of the week, or a
    month of theirs after a lower-case word of its sentence (in June, the
    June summit; not Theresa May) and without a possessive (May's): a word
    that is translated, no person's name."""
    word = text[start:end]
    if not wide_calendar_word(word, lang):
        return False  # (nor an abbreviation: Sun, the Sun)
    if all(c[0] == "D" for c in spelled_concepts(word, lang)):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1)[:1].islower() and text[end : end + 1] not in _POSSESSIVE


def _word_left_out(rule: Rule, ctx: RuleContext, pair, word: str, start: int, end: int) -> Finding:
    """The minor prompt for a source word that is translated, never replaced
    by a name (a month, a day of the week), and that the translation lacks."""
    return rule.finding(
        ctx, pair.target_start, pair.target_end,
        f"the source's {word!r} is not in the translation",
        severity=Severity.MINOR,
        details=_about(pair.source, start, end),
    )


def _romanised_source_replaced(rule: Rule, ctx: RuleContext, pair, new, gone) -> Finding:
    """A caseless source's name ``gone`` (romanised in the message) that the
    translation replaced by ``new``, reported where ``new`` stands."""
    from tqcheck.alignment.anynames import romanised

    latin = romanised(gone.text)
    return rule.finding(
        ctx, new.start, new.end,
        f"the source name {gone.text!r} ({latin}) is not in the translation, which has {new.text!r} instead",
        latin,
        details=_about(pair.source, gone.start, gone.end),
    )


def _same_name(source: str, target: str, key_similarity: float) -> bool:
    if _exonym_forms(source) or international_forms(source):
        return False  # its English forms are known, and the target has none of them
    if not sounds_alike(source, target):
        return False  # Мик ~ Marion, Джери ~ Smyrna: alike keys, other consonants
    if key_similarity >= SAME_NAME_KEYS:
        return True
    letters = similarity(transliterate(source).lower(), target.lower())
    return key_similarity >= SIMILAR_KEYS and letters >= SIMILAR_LETTERS


def replacement(name: str, candidates: list[str]) -> str | None:
    """The unexplained target word that most likely replaced ``name``: one
    that reads as a replacement, spelled like it if one sounds alike, else
    the most name-like (the rarest as an English word)."""
    rivals = [word for word in candidates if changed_name(name, word)]
    if not rivals:
        return None
    alike = [word for word in rivals if sounds_alike(name, word)]
    if alike:
        return closest_spelling(name, alike)[0]
    return min(rivals, key=lambda word: zipf(word, "en") or 0.0)


def repeated_short(found: list[Name], missing: list[Name], target_words: NameWords) -> list[Name]:
    """A name the source repeats (Гингрич ... Гингрич) that the translation
    has fewer times, among its capitalised words: its last occurrence
    counts as missing, so a second mention swapped for another name is
    caught even though the first is there. Inflected forms of one word
    are one name (Фолкландските ... Фолкландската, Декларация ...
    Декларацията)."""
    out = []
    capitalised = [w for w in target_words.loose if w[:1].isupper()]
    seen: set[str] = {lemma(n.text) for n in missing}
    for name in found:
        if lemma(name.text) in seen:
            continue
        seen.add(lemma(name.text))
        mentions = [n for n in found if lemma(n.text) == lemma(name.text)]
        if len(mentions) < 2:
            continue
        there = sum(1 for w in capitalised if name_found(name.text, [w]))
        if 0 < there < len(mentions):
            out.append(mentions[-1])
    return out


def _findings(rule: Rule, ctx: RuleContext, omitted: Lost) -> Iterable[Finding]:
    from tqcheck.alignment.anynames import skeletons
    from tqcheck.alignment.anynames import sounds_alike as sounds_like

    pair_list = list(ctx.pairs)
    source_text = ctx.source.checked_text if ctx.source is not None else ""
    for k, pair in enumerate(pair_list):
        if not pair.source or not pair.target:
            continue
        target_words = name_words(pair.target, ctx.target_lang)
        source_words = name_words(pair.source, ctx.source_lang)
        neighbours = [pair_list[j] for j in (k - 1, k + 1) if 0 <= j < len(pair_list)]

        def moved(name: str, side: str) -> bool:
            # A name the translator moved to the next sentence has not
            # vanished, unless that sentence's own source has it too (then
            # the neighbour's copy is accounted for: counted, not shared).
            for other in neighbours:
                here, there = (other.target, other.source) if side == "source" else (other.source, other.target)
                # Moved means the very name is there, capitalised where the
                # language capitalises names (same key or listed form: Singer
                # is not Сингх, Sanctuary not Синтра, long not Лунг), and the
                # neighbour's own side, read generously (every word, loosely:
                # Ява ~ явански), has nothing that accounts for it.
                here_lang = ctx.target_lang if side == "source" else ctx.source_lang
                if here and name_found(name, NameWords((), strict=name_words(here, here_lang).loose)) and not name_found(
                    name, NameWords(tuple(words_of(there)))
                ):
                    return True
            return False

        lost = omitted(pair)
        found_names = [
            n for n in source_names(source_text, pair.source_start, pair.source_end, ctx.source_lang)
            if outside(lost, n.start)
        ]
        missing = [
            n for n in found_names
            if not name_found(n.text, target_words) and not stem_found(n.text, target_words)
            and not moved(n.text, "source") and not calendar_found(n.text, ctx.source_lang, pair.target, ctx.target_lang)
        ]
        missing += repeated_short(found_names, [n for n in missing], target_words)
        # A day of the week (CLDR's), or a month after a lower-case word, is
        # translated, never replaced by a name (the June summit ~ юнската
        # среща): one missing is a word left out, as in every pair, and takes
        # no word in its place. (Not Theresa May, Mrs May, May's: a name.)
        for name in [n for n in missing if _calendar(source_text, n.start, n.end, ctx.source_lang)]:
            missing.remove(name)
            yield _word_left_out(rule, ctx, pair, name.text, name.start, name.end)
        if not missing:
            continue
        extra = [
            n for n in target_names(ctx.text, pair.target_start, pair.target_end, ctx.target_lang)
            if not name_found(n.text, source_words) and not moved(n.text, "target")
        ]
        # A missing name and an unexplained one spelled alike are one name
        # written two ways: pair those off first, so that the unexplained
        # name is not offered to another missing name as its replacement
        # (Реджеп ~ Recep is not what replaced Тръмп).
        claimed: set[int] = set()
        respelled: set[int] = set()
        for i, name in enumerate(missing):
            free = [n for n in extra if n.start not in claimed]
            closest, score = closest_spelling(name.text, [n.text for n in free])
            if closest is None or not _same_name(name.text, closest, score):
                # By sounds too, as any pair is read, with one skeleton (Aceh ~
                # Ачех, Guizhou ~ Гуейджоу; not Арнолд ~ Governor).
                closest = next(
                    (n.text for n in free if sounds_like(name.text, n.text) and skeletons(name.text) & skeletons(n.text)),
                    None,
                )
            if closest is not None:
                claimed.add(next(n.start for n in free if n.text == closest))
                respelled.add(i)
        free = [n for n in extra if n.start not in claimed]
        for i, name in enumerate(missing):
            latin = transliterate(name.text)
            verdict = None
            closest = None
            if i not in respelled:
                closest, score = closest_spelling(name.text, [n.text for n in free])
            if closest is not None:
                # Spelling says little about which word replaced a name (Minister
                # is spelled closer to Лунг than Oiapoque is), so every
                # unexplained word that reads as a replacement is weighed;
                # a translated-looking name (Книгата) only against the closest,
                # unless it is no Bulgarian word (Тасмания).
                known = (
                    _exonym_forms(name.text) or international_forms(name.text) or not translated_name(name.text)
                    or unknown_word(name.text)
                )
                weighed = [n.text for n in free] if known else [closest]
                closest = replacement(name.text, weighed)
                # Two words that are only ordinary words of their languages
                # (each dictionary has it in lower case, not with a capital:
                # Наздраве, Cheers) are a word of a name translated, not one
                # name put in another's place; so is a source word that is a
                # word in lower case too, if a name as well, where the word in
                # its place is only an ordinary one (Premier ~ Висшата, the
                # higher); unless the source word has a known English form
                # that the translation lacks (Олимпиадата: Olympics, not Baba).
                # (A common word in lower case counts as ordinary too, though
                # its dictionary has it with a capital as well: Queen of
                # Queen of Extreme for Кралица, Ages of Middle Ages.)
                verdict = closest is not None and not (
                    not (_exonym_forms(name.text) or international_forms(name.text))
                    and (ordinary_word(name.text, ctx.source_lang) or no_lower_case(name.text, ctx.source_lang) is False)
                    and (
                        ordinary_word(closest, ctx.target_lang)
                        or no_lower_case(closest, ctx.target_lang) is False
                        and (zipf(closest, ctx.target_lang) or 0.0) >= COMMON_WORD
                    )
                )
            elif translated_name(name.text):
                continue  # Книгата на рекордите: translated, may legitimately differ
            if not verdict and translated_name(name.text):
                continue
            if not verdict and word_script(name.text) == "LATIN" and not name_like(name.text, ctx.source_lang, RARE_SOURCE):
                # Judge, Prime, Lake, It Is Very Bad: an ordinary word capitalised,
                # translated. Told by the word lists of the Latin-script
                # languages, where a name keeps its spelling (Trump, Kavanaugh
                # travel; Judge stays home); Cyrillic languages each respell a
                # name their own way (Хауърд, Говард), so there it tells nothing.
                continue
            if verdict:
                spot = next(n for n in free if n.text == closest)
                found = rule.finding(
                    ctx, spot.start, spot.end,
                    f"the source name {name.text!r} ({latin}) is not in the translation, which has {closest!r} instead",
                    latin,
                    details=_about(pair.source, name.start, name.end),
                )
            else:
                found = rule.finding(
                    ctx, pair.target_start, pair.target_end,
                    f"the source name {name.text!r} ({latin}) is not in the translation",
                    severity=Severity.MINOR,
                    details=_about(pair.source, name.start, name.end),
                )
            yield found


class _Document:
    """The document's sentence pairs as TQ702 reads them in any language
    pair: each side of each pair, the whole source, the languages and what
    their writing says of names (capitals; nouns written with one), and
    what a name's other sentences tell (moved, kept, rendered there)."""

    def __init__(self, ctx: RuleContext) -> None:
        self.ctx = ctx
        self.source_lang, self.target_lang = ctx.source_lang, ctx.target_lang
        self.source_text = ctx.source.checked_text if ctx.source is not None else ""
        self.pair_list = list(ctx.pairs)
        self.sources = [Side(p.source, self.source_lang) for p in self.pair_list]
        self.targets = [Side(p.target, self.target_lang) for p in self.pair_list]
        self.whole_source = Side(self.source_text, self.source_lang)
        self.source_cased, self.target_cased = language_has_case(self.source_lang), language_has_case(self.target_lang)
        # A language that capitalises its nouns (German: the locale facts'
        # orthography table): there a capitalised word that its language's list
        # barely knows (Zipf under RARE_COMPOUND) and that is made of two words
        # of the language (Modehauptstadt) is a compound noun, not a name; a name
        # the list knows (Schwarzenegger, 3.4) stays one.
        self.nouns_capitalised = capitalises_nouns(self.source_lang)
        self.target_nouns_capitalised = capitalises_nouns(self.target_lang)

    def moved(self, name: str, lang: str, k: int, to_target: bool) -> bool:
        """Whether the translator moved ``name`` to a sentence beside pair
        ``k``, whose own other side does not account for it."""
        for j in (k - 1, k + 1):
            if 0 <= j < len(self.pair_list):
                here, there = (self.targets[j], self.sources[j]) if to_target else (self.sources[j], self.targets[j])
                if here.text and there.text is not None and named_there(here, name, lang) and not there.has(name, lang):
                    return True
        return False

    def elsewhere(self, name: str, k: int) -> bool:
        """The name is in another sentence of the translation: the
        translator writes it as a name."""
        return any(
            j != k and self.targets[j].text and self.targets[j].has(name, self.source_lang, strong=True) for j in range(len(self.pair_list))
        )

    def spelled_elsewhere(self, name: str, k: int, exact: bool = False) -> bool:
        """The name is spelled (not merely named through a CLDR concept:
        Kingdom is a word of United Kingdom, Королівство) in another
        sentence of the translation: the translator writes it as a name,
        with a capital where the language has them (German Namen is not
        the English name). ``exact``: in its own spelling only."""
        return any(
            j != k and self.targets[j].text and (
                any(
                    not t.window and (t.capitalised or not self.target_cased) and same_spelling(name, t.text)
                    for t in self.targets[j].tokens
                )
                or not exact and (
                    found_in(name, self.targets[j].candidates(), strong=True, lang=self.target_lang) is not None
                    # (Respelled loosely where its own source has it too: Levee
                    # ~ Λεβί, two consonants, too few for a strong likeness.
                    # Where only names take a capital: German Asche, ash, is a
                    # noun.)
                    or not self.nouns_capitalised and self.sources[j].text is not None and any(
                        not t.window and same_spelling(name, t.text) for t in self.sources[j].tokens
                    ) and found_in(name, self.targets[j].candidates(), lang=self.target_lang) is not None
                )
            )
            for j in range(len(self.pair_list))
        )

    def apart_there(self, name: str, word: str, j: int) -> bool:
        """Whether sentence pair ``j`` has ``name`` on both sides and
        ``word`` in its source too, not in one run with ``name``: two names
        (Michael Schumacher ... Alonso, both kept), so ``word`` there is its
        own, no rendering of ``name``. (Patricia Schroeder is one person:
        her first name may stand for her surname.)"""
        source = self.sources[j]
        if not source.text or not self.targets[j].text or not self.targets[j].has(name, self.source_lang, strong=True):
            return False
        if not any(not t.window and not same_spelling(name, t.text) and spelled_alike(word, t.text) for t in source.tokens):
            return False
        return not any(
            any(same_spelling(name, w) for w in m.run) and any(spelled_alike(word, w) for w in m.run)
            for m in name_mentions(source.text, 0, len(source.text), self.source_lang)
        )

    def rendered_so(self, name: str, word: str) -> bool:
        """Whether the translation renders ``name`` as ``word`` throughout:
        the two go together in two sentence pairs or more, and ``word``
        itself, in this very form, is in no sentence whose source lacks
        ``name`` (an exonym, Hague ~ Гаазі, or a respelling too far for the
        keys; Szkot, of Szkocji's stem, is another word, a Scot). A sentence
        that has both on both sides, two names apart, shows no rendering
        (see apart_there)."""
        together = 0
        folded = word.casefold()
        for j in range(len(self.pair_list)):
            if not self.targets[j].text:
                continue
            forms = [t.text for t in self.targets[j].tokens if not t.window and same_spelling(word, t.text)]
            if not forms:
                continue
            if self.apart_there(name, word, j):
                continue  # both there, two names (Michael Schumacher ... Alonso): no rendering of the name
            if self.sources[j].text and any(not t.window and same_spelling(name, t.text) for t in self.sources[j].tokens):
                together += 1
            elif any(f.casefold() == folded for f in forms):
                return False
        return together >= MIN_RENDERINGS

    def inflected(self, word: str, min_stem: float = 0.0) -> bool:
        """Whether ``word`` is a source name with a case ending (Hebronu,
        Brooksem), where only names take a capital: a noun's stem is no
        name (German)."""
        return not self.nouns_capitalised and inflected_name(word, self.source_lang, min_stem=min_stem)

    def kept_mates(self, m: NameMention, target: Side) -> list[str]:
        """The other words of ``m``'s run (MIN_MATE letters or more) that the
        translation has (Patrick of Patrick Morrisey)."""
        return [o for o in m.run if o != m.text and len(o) >= MIN_MATE and target.has(o, self.source_lang)]

    def in_its_place(
        self, m: NameMention, source: Side, target: Side, mentions: list[NameMention], claimed: set[int]
    ) -> list[NameMention]:
        """Target mentions in ``m``'s place: in a capitalised run with the
        counterpart of another word of ``m``'s run, not common words,
        explained by nothing in the source sentence and no respelling of
        ``m`` or of that other word."""
        mates = self.kept_mates(m, target)
        if not mates:
            return []
        return [
            r for r in mentions
            if r.start not in claimed and r.text not in m.run
            and any(w != r.text and spelled_as_one_of(mates, w) for w in r.run)
            and not source.has(r.text, self.target_lang)
            and not (self.target_nouns_capitalised and capitalised_noun(r.text, self.target_lang))
            # A common word after the kept one is in the name's place too
            # (Rolando Senate), where the name is one the translation's
            # language writes as the source does (its word list has Mendoza;
            # not Şelaleri, of Niagara Şelaleri, translated: Falls); not a
            # word before the kept one, a title (King Louis, Police Captain
            # Rolando).
            and (
                (zipf(r.text, self.target_lang) or 0.0) < COMMON_RESPELLING
                or after_a_mate(r, m, mates) and bool(zipf(m.text, self.target_lang))
            )
            # (Beside its kept mate a name is respelled, not translated.)
            and not maybe_same_name(m.text, r.text, spelled=True, one_alphabet=True)
            and not any(respelled(o, r.text) for o in mates)
        ]

    def dropped_beside_its_mate(
        self, m: NameMention, target: Side, mentions: list[NameMention], title_words: frozenset[str]
    ) -> bool:
        """Whether ``m`` was left out beside the other word of its run, which
        the translation keeps alone (Brett Kavanaugh -> Kavanaugh'un, no
        capitalised word beside it but a title, Madam Elizabeth): nothing
        stands in its place. (Not in a run a clitic joins, Trump's West
        Virginia: two names, not one.)"""
        if any(re.search(r"['’]", o) for o in m.run):
            return False
        mates = self.kept_mates(m, target)
        kept = [r for r in mentions if spelled_as_one_of(mates, r.text)]
        return bool(kept) and all(len([w for w in r.run if w not in title_words]) == 1 for r in kept)

    def rendered_elsewhere(self, r: NameMention, k: int, names: tuple[str, ...]) -> bool:
        """Whether a run spelled by sound is the translator's own rendering
        of a name of this sentence's source: a word of another sentence of
        the translation too, whose source has that name, which shares half
        the run's letters (马约加, written 凯瑟琳·马约加 for Kathryn Mayorga,
        then alone for Mayorga: too loose a respelling to find alone)."""
        alike = [o for o in names if letters_ratio(o, r.text) >= SAME_ALPHABET_LETTERS]
        return bool(alike) and any(
            j != k and r.text in self.targets[j].text and any(t.text in alike for t in self.sources[j].tokens)
            for j in range(len(self.pair_list))
        )

    def named_in_the_article(self, r: NameMention, k: int) -> bool:
        """Whether a run spelled by sound is, in another sentence of the
        translation, a name its source has (沃伦, Warren, for the source's
        she; 罗纳尔多, Ronaldo, for he): the article's own name, put for a
        pronoun or a description, no name come from nowhere."""
        return any(
            j != k and r.text in self.targets[j].text and self.sources[j].has(r.text, self.target_lang)
            for j in range(len(self.pair_list))
        )

    def names_brought(
        self, pair, k: int, source: Side, source_mentions: list[NameMention], gone: list[NameMention]
    ) -> list[NameMention]:
        """Names of a caseless translation that the source does not have.
        Where it spells foreign names by sound (Chinese): runs of such
        letters that sound, even loosely, like no capitalised word of the
        source (a sentence's first word only where it is no ordinary word:
        not Special; loosely, not a name the translation renders by
        meaning, China as 中国, nor a month or a day, Nov.: 哈莱姆 is no
        China), nor do less a letter at either end (圣马丁, St.
        Martin's), nor stand beside their name's dot (see beside_its_mate).
        Where it is written with spaces (Arabic): a word that is a place's
        name the source names nowhere (see places_gone: تركيا, Turkey)."""
        names = (
            *dict.fromkeys(
                t.text for t in source.tokens
                if t.capitalised and not (t.initial and ordinary_word(t.text, self.source_lang) is True)
            ),
            *("".join(m.run) for m in source_mentions if len(m.run) > 1),
        )
        here = self.ctx.text[pair.target_start : pair.target_end]
        respellable = tuple(
            o for o in names
            if not calendar_word(o, self.source_lang) and not concept_in(concepts(o, self.source_lang), here, self.target_lang)
        )
        runs = [
            r for r in sound_runs(self.ctx.text, pair.target_start, pair.target_end, self.target_lang, short=True)
            if not a_word(r) and (zipf(r.text, self.target_lang) or 0.0) < COMMON_RESPELLING
            and not beside_its_mate(r, self.ctx.text, source_mentions)
            and not self.rendered_elsewhere(r, k, names)
            and not self.named_in_the_article(r, k)
            # (Any word of the source may explain it: ruling out those it
            # cannot be, as for a caseless source's runs, left the
            # matcher's misses, 加西亚 for Garcia, as names from nowhere,
            # and found none on the benchmark.)
            and not sound_run_explained(r, self.ctx.text, source, self.target_lang, respellable)
            and not any(
                any(respelled(o, f) for o in names)
                for f in {*(r.text[i:] for i in range(1, len(r.text) - 1)), *(r.text[:j] for j in range(2, len(r.text)))}
            )
        ]
        places = places_gone(self.ctx.text, pair.target_start, pair.target_end, self.target_lang, source, strict=True)
        # A missing name that a word of the translation may be, respelled
        # loosely (Utah ~ ليوتا, Lloyds ~ ليودز, Kovacic ~ كوفاتشيتش), is
        # there: the search, stricter, missed it; no other word took its
        # place. (Not a word another name of the source explains: كيرنان is
        # Kiernan's, whatever it shares with Craiglang.)
        others = without_words(source, {m.text for m in gone})
        unknown = [
            w for w in unknown_words(self.ctx.text, pair.target_start, pair.target_end, self.target_lang)
            if not respelled_in(w.text, self.target_lang, others)
            and not any(p.start < w.end and w.start < p.end for p in places)
        ]
        loose = {w.start: explained_forms(w.text, self.target_lang) for w in unknown}
        if all(any(maybe_same_name(m.text, f, spelled=True) for forms in loose.values() for f in forms) for m in gone):
            return runs + places
        unknown = [
            w for w in unknown
            if not respelled_in(w.text, self.target_lang, source)
            and not any(maybe_same_name(m.text, f, spelled=True) for m in gone for f in loose[w.start])
        ]
        return runs + places + unknown

    def in_its_caseless_place(self, m: NameMention, pair, source: Side) -> Token | None:
        """Into a caseless language written with spaces (Arabic), the word
        in the missing name ``m``'s own place (see beside_kept_mate:
        Robert Mueller -> شيبرد مولر, Adriftmorn Limited -> جيريمي
        Limited), unless it is a common word (see common_caseless_word: a
        title, الخاص, special, before a name left out), may be ``m``
        respelled loosely, alone or run together with other words, or with
        its first consonant silent (Knott ~ نوت), or respells a word of the
        source that no other word of the translation does (كيلي may be
        Cardi, but Cardi is وكاردي). None for a title (see title_word)."""
        if title_word(m, self.source_lang):
            return None
        for _, place in beside_kept_mate(m, self.source_lang, self.ctx.text, pair.target_start, pair.target_end, self.target_lang):
            rest = Side(self.ctx.text[pair.target_start : place.start] + self.ctx.text[place.end : pair.target_end], self.target_lang)
            others = Side(
                " ".join(
                    o.text for o in source.tokens
                    if not o.window and o.text != m.text and not (o.capitalised and rest.has(o.text, source.lang))
                ),
                source.lang,
            )
            if not (
                letter_count(place.text) < min_place_letters(self.target_lang)
                or common_caseless_word(place.text, self.target_lang)
                or calendar_word(place.text, self.target_lang)
                or any(
                    maybe_same_name(m.text, f, spelled=True) or silent_first(m.text, f)
                    for f in affixed_forms(place.text, self.target_lang)
                )
                or respelled_in(place.text, self.target_lang, others, affixes=True)
                or name_run_together(m.text, place.text)
            ):
                return place
        return None

    def caseless_source_place(self, r: NameMention, pair) -> Token | None:
        """From a caseless language (Arabic, Chinese), the source
        word in the place of ``r``, a name of the translation that the
        source does not explain (see beside_kept_mate: Arnold
        Schwarzenegger -> Missouri Schwarzenegger, where أرنولد stands
        before شوارزنيجر), where that word is a name the translation lost:
        no common word, no word ``r`` may be respelled as (loosely, or run
        together with others), nor one another word of the translation
        respells, or a capitalised one may, loosely (البولو ~ Polo). Not
        for an ordinary word of the translation's language (Governor of
        California Governor) or a title (see title_word)."""
        if ordinary_word(r.text, self.target_lang) or title_word(r, self.target_lang):
            return None
        for _, place in beside_kept_mate(r, self.target_lang, self.source_text, pair.source_start, pair.source_end, self.source_lang):
            rest = Side(self.ctx.text[pair.target_start : r.start] + self.ctx.text[r.end : pair.target_end], self.target_lang)
            if not (
                letter_count(place.text) < min_place_letters(self.source_lang)
                or common_caseless_word(place.text, self.source_lang)
                or calendar_word(place.text, self.source_lang)
                or any(maybe_same_name(r.text, f, spelled=True) for f in affixed_forms(place.text, self.source_lang))
                # (A lower-case word of it, a loanword, only with its very
                # letters: beside a kept word of its run, the word is more
                # likely the name, أرنولد, than rental by chance.)
                or respelled_in(place.text, self.source_lang, rest, affixes=True, strict_loanwords=True)
                # (Or loosely, a capitalised word of it: البولو may be Polo.)
                or any(
                    maybe_same_name(t.text, f, spelled=True)
                    for t in rest.tokens if t.capitalised and not t.window
                    for f in affixed_forms(place.text, self.source_lang)
                )
                or name_run_together(r.text, place.text)
            ):
                return place
        return None

    def numbered_alike(self, m: NameMention, mentions: list[NameMention]) -> set[int]:
        """The starts of ``mentions`` (unexplained names of the translation)
        followed by the same number as the source name ``m``, a Roman or a
        Greek numeral: a monarch or a pope, whose name each language gives
        its own way (Людовика XVI, Ludvík XVI., Λουδοβίκο ΙΣΤ΄ ~ Louis XVI)."""
        number = regnal_number(self.source_text, m.end)
        if number is None:
            return set()
        return {r.start for r in mentions if regnal_number(self.ctx.text, r.end) == number}

    def of_its_country(self, name: str, word: str) -> bool:
        """Whether ``word`` begins as the translation's CLDR name of a
        territory that ``name`` names does (Swiss ~ Switzerland for
        Švýcarska, Δανό ~ Δανία for Denmark): its people or adjective."""
        from tqcheck.alignment.cldr_names import fold

        return len(word) > COUNTRY_STEM and any(
            fold(word)[:COUNTRY_STEM] == fold(territory)[:COUNTRY_STEM]
            for territory in territory_names(name, self.source_lang, self.target_lang)
        )

    def a_source_name(self, m: NameMention) -> bool:
        """Whether a source word reads as a name: one that travels, a
        country, or a name inflected; where nouns take a capital, not a noun
        of the dictionary (Motivationsaspekte, which the word lists barely
        know; Schweinefleisch, pork, which begins as Schweiz does)."""
        return (
            name_like(m.text, self.source_lang, RARE_SOURCE) or place_name(m.text, self.source_lang) or self.inflected(m.text)
        ) and not (self.nouns_capitalised and capitalised_noun(m.text, self.source_lang))

    def only_a_name(self, word: str) -> bool:
        """Whether ``word`` is a name and nothing else: its dictionary has
        no lower-case reading of it, and it names no place (CLDR)."""
        return (
            no_lower_case(word, self.source_lang) is True and not place_name(word, self.source_lang) and not cldr_name(word, self.source_lang)
        )

    def letters_gone(self, k: int, pair, lost, target: Side) -> list[NameMention]:
        """Names a caseless source writes in the letters of a cased target
        (Chinese and Arabic news give a foreign name in Latin letters too:
        利金斯 (Liggins)) that the translation has in no spelling, nor
        another sentence of it (see moved). There the first of those words
        is no sentence's first: a capital shows a name, unless the word is
        an ordinary one of the target's language (The of an English title
        quoted)."""
        scripts = capital_scripts(target)
        return [
            NameMention(t.start, t.end, t.text, (t.text,))
            for t in anytokens(self.source_text, pair.source_start, pair.source_end)
            if t.capitalised and not t.window and not t.fragment and len(t.text) >= MIN_RARE_NAME - 1
            and not t.text.isupper() and char_script(t.text[0]) in scripts and outside(lost, t.start)
            and not (t.initial and ordinary_word(t.text, self.target_lang) is not False)
            and not target.has(t.text, self.target_lang) and not self.moved(t.text, self.target_lang, k, to_target=True)
        ]

    def kept_in_letters(
        self, k: int, pair, lost, target: Side, target_mentions: list[NameMention]
    ) -> Iterable[tuple[NameMention, NameMention]]:
        """(rival, source name) for each name a caseless source writes in
        the letters of a cased target (Chinese and Arabic news give a
        foreign name in Latin letters too: 托马斯•爱迪生（Thomas Edison）)
        that the translation lacks while it keeps another word of the
        name's run, beside which stands a word the whole source lacks
        (Thomas Edison -> Dravid Edison): spelled alike in both, the name
        was changed."""
        scripts = capital_scripts(target)
        taken: set[int] = set()
        for m in name_mentions(self.source_text, pair.source_start, pair.source_end, self.source_lang):
            if char_script(m.text[0]) not in scripts or not outside(lost, m.start):
                continue
            if target.has(m.text, self.target_lang, strong=True) or self.moved(m.text, self.target_lang, k, to_target=True):
                continue
            mates = {o for o in m.run if o != m.text and target.has(o, self.target_lang, strong=True)}
            for r in target_mentions:
                if (
                    r.start not in taken and r.text not in m.run and mates & set(r.run)
                    and not self.whole_source.has(r.text, self.target_lang) and not maybe_same_name(m.text, r.text)
                ):
                    taken.add(r.start)
                    yield r, m
                    break

    def rival_name(self, r: NameMention, rare_name: bool = False, sole: bool = False, alone: bool = False) -> bool:
        """Whether an unexplained capitalised target word reads as a name:
        one that travels (see wordlists.name_like); a CLDR place name
        (Панами); or, where only names take a capital (not German), a word
        its language's list barely knows, nor any word of its stem
        (Devonport, Tendulkar: names of one country travel little). In the
        place of a rare source name (``rare_name``) less is asked: a lone
        capitalised word there that is no common word and no international
        one is taken for the name that replaced it; so is any lone word
        that is the ``sole`` one of its sentence to take the name's place.
        A word ``alone`` is the one word of its run that the source does
        not explain (Christine Lagarde Hamburgis, in Estonian: a place
        after the name of the person who spoke there)."""
        if self.target_nouns_capitalised and capitalised_noun(r.text, self.target_lang):
            return False
        if rare_name and not self.target_nouns_capitalised and (len(r.run) == 1 or alone) and (
            sole
            or (zipf(r.text, self.target_lang) or 0.0) < COMMON_RESPELLING and international(r.text, self.target_lang) is None
        ):
            return True
        return (
            name_like(r.text, self.target_lang, RARE_TARGET) or place_name(r.text, self.target_lang)
            or (
                not self.target_nouns_capitalised and rare(r.text, self.target_lang, RARE_TARGET)
                and (stem_zipf(r.text, self.target_lang) or 0.0) < ORDINARY_STEM
            )
        )

    def reads_as_a_name(self, r: NameMention, source: Side) -> bool:
        """Whether ``r``, beside a word its source sentence explains, is a
        name itself (see rival_name: Миссис Германию for Ms Davis, Türkei
        Rogers for Roy Rogers) rather than a word of a name translated
        (Roja of Cruz Roja, Red Cross); not a place the source names in a
        compound (India of East India Company, Ostindien-Kompanie)."""
        return self.rival_name(r) and not concept_in(concepts(r.text, self.target_lang), source.text, self.source_lang, compounds=True)


def _caseless_source_findings(
    rule: Rule, doc: _Document, k: int, pair, lost: Lost,
    target_mentions: list[NameMention], extra: list[NameMention], borrowed: set[int], target_rivals: tuple[str, ...],
) -> Iterable[Finding]:
    """Names of a pair whose source has no capitals (Chinese, Arabic)."""
    ctx, source_lang, target_lang, source_text = doc.ctx, doc.source_lang, doc.target_lang, doc.source_text
    source, target, target_cased = doc.sources[k], doc.targets[k], doc.target_cased
    # No capitals to find the source's names by: a rare name of the
    # translation that the source has in no spelling came from nowhere.
    # (A prompt, minor: the source's spelling of a name, without
    # capitals to find it by, is missed as often as a name is added.)
    # Where the source spells names by sound (Chinese), a run of such
    # letters that sounds, even loosely, like no name of the
    # translation is a source name gone (特朗普 with no Trump); the
    # unexplained name of the translation took its place. So is a
    # word of a language written with spaces (Arabic) whose letters
    # read as its names spelled by sound (ستانلي, Stanley -> Gillard).
    orphans: list[NameMention] = []
    # A caseless source may write a foreign name in the target's own
    # letters too (利金斯 (Liggins)): one the translation lacks in any
    # spelling is a name gone, the surest kind (kept_in_letters names
    # the word beside a kept word of its run).
    kept = list(doc.kept_in_letters(k, pair, lost, target, target_mentions)) if target_cased else []
    letters: list[NameMention] = []
    if extra:
        letters = [
            m for m in doc.letters_gone(k, pair, lost, target)
            if not any(gone.start == m.start for _, gone in kept)
        ]
        orphans = letters + [
            r for r in sound_runs(source_text, pair.source_start, pair.source_end, source_lang)
            if (zipf(r.text, source_lang) or 0.0) < COMMON_RESPELLING
            # (One name, not two, where the source gives it in both
            # letters: 托马斯•爱迪生（Thomas Edison）.)
            and not any(maybe_same_name(m.text, r.text) for m in letters)
            and not (
                sound_word_explained(r, target, source_lang, source) if a_word(r)
                else sound_run_explained(
                    r, source_text, target, source_lang, target_rivals, (pair.source_start, pair.source_end)
                )
            )
        ]
        # So is a word of a language written with spaces that is, less
        # its prefix, a CLDR place's name (والسويد, and Sweden) that the
        # translation names in no language's way (Rustenburg in its place).
        orphans += [
            p for p in places_gone(source_text, pair.source_start, pair.source_end, source_lang, target)
            if not any(o.start < p.end and p.start < o.end for o in orphans)
        ]
        # So is a word its spelling dictionary knows in no form that
        # no word of the translation respells, alone or with the word
        # beside it (ويكي نيوز ~ Wikinews), a loanword even in four
        # letters (واليغور, and the jaguar), nor, loosely, any name
        # the translation has unexplained (بيتشو ~ Picchu).
        orphans += [
            w for w in unknown_words(source_text, pair.source_start, pair.source_end, source_lang)
            if not any(o.start < w.end and w.start < o.end for o in orphans)
            and not respelled_with_neighbours(source_text, w, source_lang, target)
            and not any(maybe_same_name(m.text, f, spelled=True) for m in extra for f in explained_forms(w.text, source_lang))
        ]
    # (Where a name the source spells in the translation's letters is
    # gone, a name of another sentence in its place is the typical
    # swap: Liggins -> Rwanda, which the article names elsewhere.)
    free = {m.start for m in extra if m.start not in borrowed or letters}
    added = [
        m for m in extra
        if m.start in free and name_like(m.text, target_lang, RARE_TARGET) and rare(m.text, target_lang, RARE_SOURCE)
    ]
    if len(orphans) == 1 and not added:
        # One source name gone, one name come: however common, the one
        # unexplained name of the translation that is no ordinary word
        # of its language nor a CLDR place's adjective or inflected name
        # (a people translated by meaning: 美国, Americans) took its
        # place (斯坦利, Stanley -> Texas; 奥克兰, Auckland -> Germany: a
        # place's very name, which the source names nowhere).
        # (For a word whose letters only lean to names, Arabic
        # وكونوا, they formed, not a common word of the translation
        # that is a word in lower case too: Red of a Red Cross. A name
        # the source spells in the translation's letters is one: John
        # in Thomas's place.)
        lone = [
            m for m in extra
            if m.start in free and ordinary_word(m.text, target_lang) is False
            and not (place_name(m.text, target_lang) and not own_place_name(m.text, target_lang))
            and not (
                a_word(orphans[0]) and orphans[0] not in letters and no_lower_case(m.text, target_lang) is not True
                and (zipf(m.text, target_lang) or 0.0) >= COMMON_RESPELLING
            )
        ]
        added = lone if len(lone) == 1 else []
    # The rarest words are the likeliest to have taken a name's place.
    taking = {m.start: gone for m, gone in zip(sorted(added, key=lambda m: zipf(m.text, target_lang) or 0.0), orphans)}
    changed: set[int] = set()
    for rival, gone in kept:
        changed.add(rival.start)
        yield rule.finding(
            ctx, rival.start, rival.end,
            f"the source name {gone.text!r} is not in the translation, which has {rival.text!r} instead",
            gone.text,
            details=_about(pair.source, gone.start, gone.end),
        )
    if target_cased:
        # A name of the translation in the place of a source word
        # beside its run's kept word (see caseless_source_place).
        for m in extra:
            place = None if m.start in changed else doc.caseless_source_place(m, pair)
            if place is not None:
                changed.add(m.start)
                yield _romanised_source_replaced(rule, ctx, pair, m, place)
    for m in extra:
        if m.start in changed or m.start in borrowed and m.start not in taking:
            continue
        if m.start in taking or name_like(m.text, target_lang, RARE_TARGET) and rare(m.text, target_lang, RARE_SOURCE):
            if m.start in taking:
                yield _romanised_source_replaced(rule, ctx, pair, m, taking[m.start])
                continue
            yield rule.finding(
                ctx, m.start, m.end,
                f"the translation has the name {m.text!r}, which is not in the source",
                severity=Severity.MINOR,
                details=(("source", quote(pair.source)),),
                unless_covered=unless_added(ctx, m.start),
            )


def _names_added(
    rule: Rule, doc: _Document, k: int, pair, source_mentions: list[NameMention],
    extra: list[NameMention], claimed: set[int], borrowed: set[int],
) -> Iterable[Finding]:
    """Names the translation added where the source has capitals: the
    capitalised words of the translation no missing name claimed."""
    ctx, target_lang, source_text, whole_source = doc.ctx, doc.target_lang, doc.source_text, doc.whole_source
    source, target_nouns_capitalised = doc.sources[k], doc.target_nouns_capitalised
    # A name the translation added: a word that travels (a name by the
    # word lists of its script's languages: Kissinger, Aristarchus),
    # rare, or not common as names go and only a name by its dictionary
    # (Wembley, Johannesburg; not Minnesota, nor Aurora, an aurora, which
    # may be a word translated: полярне сяйво), claimed by no missing
    # name, that the whole source has in no spelling and no word of the
    # source sentence, lower-case ones included (Eskimo ~ эскимосов),
    # resembles even loosely: the name that replaced one the source
    # writes otherwise than as a capitalised name (филиппинский,
    # budismo). Not a first name added to a surname the source writes
    # alone (Margaret of Margaret Thatcherové, for the Thatcher
    # government). Not where nouns take capitals, nor without a panel of
    # languages to tell a name from a word of its own language inflected
    # (Королівством, Muhafazakarları).
    for r in extra:
        if target_nouns_capitalised or r.start in claimed or r.start in borrowed or len(r.text) < MIN_RARE_NAME:
            continue
        if added_to_a_name_alone(r, source_mentions):
            continue
        # (The panel must show it: a word under its lists' floor may be a
        # foreign word, Frontiere of Médecins Sans Frontiere.)
        if not name_like(r.text, target_lang, RARE_TARGET, below_floor=False) or not (
            rare(r.text, target_lang, RARE_TARGET)
            or rare(r.text, target_lang, RARE_SOURCE) and no_lower_case(r.text, target_lang) is True
        ):
            continue
        if not zipf(r.text, target_lang) or international(r.text, target_lang) is None or (
            stem_zipf(r.text, target_lang) or 0.0
        ) >= ORDINARY_STEM:
            continue
        if ordinary_word(r.text, target_lang):
            continue  # a word of the language's dictionary, capitalised: no name
        if whole_source.has(r.text, target_lang) or any(
            maybe_same_name(t.text, r.text, spelled=True) or shared_root(t.text, r.text) for t in source.tokens if not t.window
        ) or any(
            # A name too short to look for, inflected (Unem of Kim Jong Un,
            # Kim Jong-un).
            len(t.text) == SHORT_NAME and (t.capitalised or source_text[t.start - 1 : t.start] == "-")
            and short_name_inflected(t.text.capitalize(), r.text)
            for t in whole_source.tokens
        ):
            continue
        yield rule.finding(
            ctx, r.start, r.end,
            f"the translation has the name {r.text!r}, which is not in the source",
            details=(("source", quote(pair.source)),),
            unless_covered=unless_added(ctx, r.start),
        )


def _pair_mentions(
    doc: _Document, pair, source_word_too: Callable[[str], bool], target_word_too: Callable[[str], bool]
) -> tuple[list[NameMention], list[NameMention], frozenset[str]]:
    """The names of a pair's source and translation where their languages
    write capitals (none where they do not), less units, days, the
    ordinary words of a headline in title case and the titles before a
    name the other side has; and the translation's titles so left out."""
    ctx, source_lang, target_lang, source_text = doc.ctx, doc.source_lang, doc.target_lang, doc.source_text
    source_mentions = name_mentions(source_text, pair.source_start, pair.source_end, source_lang) if doc.source_cased else []
    target_mentions = name_mentions(ctx.text, pair.target_start, pair.target_end, target_lang) if doc.target_cased else []
    # A headline in title case capitalises ordinary words: there only a
    # word its language's dictionary has in no lower-case form (Harlem;
    # not Bells, Fall, Churches) is looked at as a name.
    # A word of a unit's CLDR name (градусів Цельсія, degrees Fahrenheit)
    # is a unit, no name.
    source_mentions = [m for m in source_mentions if not unit_name_word(m.text, source_lang)]
    # A day of the week, or a month after a lower-case word (in August),
    # is a word translated: it took no name's place.
    target_mentions = [
        m for m in target_mentions if not unit_name_word(m.text, target_lang) and not _calendar(ctx.text, m.start, m.end, target_lang)
    ]
    if source_mentions and title_cased(source_text, pair.source_start, pair.source_end, source_word_too):
        source_mentions = [m for m in source_mentions if not source_word_too(m.text)]
    if target_mentions and title_cased(ctx.text, pair.target_start, pair.target_end, target_word_too):
        target_mentions = [m for m in target_mentions if not target_word_too(m.text)]
    # A title before a name the other side has is no name (Queen
    # Elizabeth ~ królowej Elżbiety).
    if source_mentions and target_mentions:
        source_titles = titles(source_mentions, source_lang, target_mentions, target_lang)
        target_titles = titles(target_mentions, target_lang, source_mentions, source_lang)
        target_title_words = frozenset(m.text for m in target_mentions if m.start in target_titles)
        source_mentions = [m for m in source_mentions if m.start not in source_titles]
        target_mentions = [m for m in target_mentions if m.start not in target_titles]
    else:
        target_title_words = frozenset()
    return source_mentions, target_mentions, target_title_words


@dataclass(frozen=True)
class _Unexplained:
    """Names of the translation the source does not explain. ``plain``
    (extra's strict core) excuses a word its source has in any respelling
    and a word of a run half found (Cruz Roja): rivals for any missing
    name. The rest of ``extra`` (a word the source respells only by a word
    of the translation spelled more like it, Султан ~ sultan; a rare word
    in a run, Rolando Sahel) is a rival only for a rare name. ``borrowed``:
    those another sentence of the source has; ``short_names``: those that
    respell a two-letter source name (Ыном)."""

    extra: list[NameMention]
    plain: set[int]
    borrowed: set[int]
    short_names: set[int]


def spelled_as_one_of(names: Iterable[str], word: str) -> bool:
    """Whether ``word`` is one of ``names``, in its spelling or respelled."""
    return any(same_spelling(o, word) or respelled(o, word) for o in names)


def named_with_its_run(m: NameMention, other: Side, lang: str) -> bool:
    """Whether words of ``m``'s run, ``m`` among them, together name a
    CLDR place (Hong Kong: a city, whose words alone name none) that
    ``other`` names (香港)."""
    if m.text not in m.run:
        return False
    at = m.run.index(m.text)
    return any(
        concept_in(ids, other.text, other.lang)
        for a in range(at + 1) for b in range(max(at + 1, a + 2), len(m.run) + 1)
        if (ids := phrase_concepts(m.run[a:b], lang))
    )


def named_there(side: Side, name: str, lang: str, rivals: tuple[str, ...] = ()) -> bool:
    """Whether ``side`` has ``name`` (a word of ``lang``) with its very
    consonants (see Side.has): where ``side`` has no capitals, every word
    of it is a candidate, so not by a common word of its language (شركة,
    company, has Seork's s-r-k by chance)."""
    if not side.has(name, lang, strong=True, rivals=rivals):
        return False
    if side.cased:
        return True
    lender = side.skeleton_respelling(name)
    return lender is None or (zipf(lender.text, side.lang) or 0.0) < COMMON_RESPELLING


def _unexplained(
    doc: _Document, k: int, source_mentions: list[NameMention], target_mentions: list[NameMention],
    target_words: tuple[str, ...], target_rivals: tuple[str, ...],
) -> _Unexplained:
    """The names of pair ``k``'s translation (a cased one) that its source
    does not explain (see _Unexplained); none for a caseless translation."""
    target_lang, whole_source, source = doc.target_lang, doc.whole_source, doc.sources[k]
    extra: list[NameMention] = []
    borrowed: set[int] = set()
    plain: set[int] = set()
    short_names: set[int] = set()  # target words that respell a two-letter source name (Ыном)
    if doc.target_cased:
        # A name of two words or more that the other side writes as one
        # (New York ~ Њујорк, Des Moines ~ Димојн): each run joined up.
        # (By their sounds only: a CLDR concept's other word, Північну
        # for North Korea, is not Korea.)
        joined = [Token(0, 0, "".join(m.run), True, False) for m in source_mentions if len(m.run) > 1]
        # Names too short to look for (Un of Kim Jong Un) still explain
        # their respellings with a case ending (Ыном).
        short = [t.text for t in source.tokens if t.capitalised and len(t.text) == SHORT_NAME and t.text[1:].islower()]
        short_names = {m.start for m in target_mentions if any(short_name_inflected(n, m.text) for n in short)}
        extra = [
            m for m in target_mentions
            if not source.has(m.text, target_lang, rivals=target_words)
            and not (joined and found_in(m.text, joined, strong=True) is not None)
            and not named_with_its_run(m, source, target_lang)
            and m.start not in short_names
            and not (
                not name_like(m.text, target_lang, RARE_SOURCE) and not place_name(m.text, target_lang)
                and (zipf(m.text, target_lang) or 0.0) >= RARE_TARGET
                and any(o != m.text and len(o) >= 3 and source.has(o, target_lang) for o in m.run)
                # (From a caseless source, whose names nothing marks, not
                # a word its dictionary has only as a name: Crete beside
                # Hospital, translated, is no word of a name translated.
                # Between cased languages such a word may be a people's,
                # a country's name translated: τον Δανό Θόρμπγιορν.)
                and (doc.source_cased or no_lower_case(m.text, target_lang) is not True)
            )
            and not doc.moved(m.text, target_lang, k, to_target=False)
        ]
        plain = {
            m.start for m in extra
            if not source.has(m.text, target_lang, rivals=target_rivals)
            and not (
                not name_like(m.text, target_lang, RARE_SOURCE) and not doc.reads_as_a_name(m, source)
                and any(o != m.text and len(o) >= 3 and source.has(o, target_lang) for o in m.run)
            )
        }
        # A name of another sentence of the source (Schumacher, two
        # sentences on, in Alonso's place): the typical swap, a name
        # borrowed from the article. (Where the source has no capitals,
        # every word of it is a candidate: not by a common word of its
        # language, شركة, company, that has Seork's consonants by chance.)
        borrowed = {m.start for m in extra if named_there(whole_source, m.text, target_lang, rivals=target_rivals)}
    return _Unexplained(extra, plain, borrowed, short_names)


def _missing_names(
    doc: _Document, k: int, lost: Lost, source_mentions: list[NameMention], target_mentions: list[NameMention],
    source_words: tuple[str, ...],
) -> list[NameMention]:
    """The names of pair ``k``'s source (a cased one) that its translation
    has in no spelling: not a word of a name translated (West Virginia),
    nor one moved to the next sentence, nor one in a part left out."""
    source_lang, source_text, target_nouns_capitalised = doc.source_lang, doc.source_text, doc.target_nouns_capitalised
    source, target = doc.sources[k], doc.targets[k]
    missing = []
    name_side = without_nouns(target) if target_nouns_capitalised else target

    def hyphen_mates(m: NameMention) -> set[str]:
        # The other parts of the hyphenated word ``m`` is one of (Сен of
        # Сен-Сансом, Saint-Saëns): one name, no rivals for its respelling.
        a, b = m.start, m.end
        while a > 0 and (source_text[a - 1].isalpha() or source_text[a - 1] == "-"):
            a -= 1
        while b < len(source_text) and (source_text[b].isalpha() or source_text[b] == "-"):
            b += 1
        return set(source_text[a:b].split("-")) - {m.text}

    def named_whole(m: NameMention) -> bool:
        # A word of a place's name of two words or more, with the rest of
        # the name beside it (Французской Гвиане), which the translation
        # has whole (French Guiana): Гвиане alone names no place of its own.
        words = [w for w in m.run if len(w) >= MIN_MATE]
        if len(words) < 2:
            return False
        shared = frozenset.intersection(*(concepts(w, source_lang) for w in words))
        return concept_in(shared, target.text, doc.target_lang, every_word=True)

    def in_translation(m: NameMention) -> bool:
        mates = hyphen_mates(m)
        rivals = tuple(w for w in source_words if w not in mates) if mates else source_words
        if not target.has(m.text, source_lang, rivals=rivals, whole=True):
            return named_whole(m)
        # Where nouns take a capital (German), a noun of the dictionary
        # that merely sounds a little like a name is no respelling of it
        # (Robert ~ Arbeit, Jarvis ~ Jährige): the name is looked for
        # without them, unless one has its very consonants. (Only for a
        # name that is no word in lower case nor a place's: President ~
        # Präsident, American ~ Amerikanische are words translated.)
        return (
            name_side is target or not doc.only_a_name(m.text)
            or name_side.has(m.text, source_lang, rivals=source_words, whole=True)
            or any(spelled_alike(m.text, t.text) for t in target.tokens if not t.window)
        )

    def replaced_in_its_place(m: NameMention) -> bool:
        # Found only loosely, in a word of the language (Άρνολντ ~
        # Governor, which its dictionary has in lower case: a chance
        # likeness) that is not beside a kept word of its run, while its
        # own place, beside that kept word, has a name the source does not
        # explain (California Governor Missouri Schwarzenegger): that name
        # took its place. (Not where the word found is a name, the name
        # respelled: George W. Bush ~ Τζωρτζ Ουώκερ Μπους, Holly ~ Χόλλυ
        # Ουίλομπι, names added beside it; nor where it is beside the kept
        # word: each alone let titles and case forms pass, Speaker Newt
        # Gingrich, Ким Џонг Уна; nor the rest of its hyphenated word
        # respelled apart: Park Byeong-seug ~ Пак Бён Сеуг,
        # Вилья-лас-Эстрельяс ~ Villa Las Estrellas.)
        if not doc.a_source_name(m) or target.has(m.text, source_lang, strong=True):
            return False
        found = target.respelling(m.text)
        if found is None or no_lower_case(found.text, doc.target_lang) is not False:
            return False
        words = [t for t in target.tokens if not t.window]
        mates = doc.kept_mates(m, target)
        kept = [i for i, t in enumerate(words) if spelled_as_one_of(mates, t.text)]
        if any(0 <= i + d < len(words) and words[i + d] == found for i in kept for d in (-1, 1)):
            return False
        mates_apart = hyphen_mates(m)
        return any(
            not spelled_as_one_of(mates_apart, r.text) for r in doc.in_its_place(m, source, target, target_mentions, set())
        )

    for m in source_mentions:
        if not outside(lost, m.start) or in_translation(m) and not replaced_in_its_place(m):
            continue
        if len(m.run) > 1 and (whole := found_in("".join(m.run), target.candidates(), strong=True, lang=doc.target_lang)) is not None and not any(
            same_spelling(o, whole.text) for o in m.run
        ):
            continue  # New York ~ Њујорку: the name's words written as one, every sound kept (not West of West Clouseau)
        if (
            not name_like(m.text, source_lang, RARE_SOURCE) and no_lower_case(m.text, source_lang) is not True
            and not doc.elsewhere(m.text, k)
            and not (stays_home(m.text, source_lang) and doc.inflected(m.text, min_stem=CASE_FORM_STEM))
            and zipf(m.text, source_lang) is not None
            and any(o != m.text and len(o) >= 3 and target.has(o, source_lang) for o in m.run)
        ):
            # West Virginia -> Западна Вирджиния: a common word of a name
            # found, translated (not Mendoza of Rolando Mendoza, which the
            # dictionary has only as a name; nor a name inflected after
            # another, Christine Lagarde Frankfurtissa, in Frankfurt,
            # where other languages lack the form and its own list knows
            # the name: Frankfurt 3.5 in Finnish; not Informa, 1.9 in
            # Polish, of Informacyjna, a word translated).
            # Without a word list (Armenian) no word is known common.
            continue
        if doc.moved(m.text, source_lang, k, to_target=True) and not (
            no_lower_case(m.text, source_lang) is True and doc.in_its_place(m, source, target, target_mentions, set())
        ):
            # (Unless a name and nothing else stands in its own place,
            # beside a kept word of its run: Theresa May -> Македонии Мэй,
            # though the sentence before has Тереза where its source has
            # May alone. Not Palace of Palace of Westminster, a word.)
            continue
        missing.append(m)
    return missing


def _any_pair_findings(rule: Rule, ctx: RuleContext, omitted: Lost) -> Iterable[Finding]:
    """Names for any language pair (see alignment.anynames): a capitalised
    source word with no counterpart in its translation (the same spelling,
    inflected; the name respelled in the target's script; the same CLDR
    concept), weighed by how name-like it is, against the capitalised
    target words that the source does not explain."""
    doc = _Document(ctx)
    source_lang, target_lang = doc.source_lang, doc.target_lang
    pair_list, sources, targets = doc.pair_list, doc.sources, doc.targets
    source_cased, target_cased = doc.source_cased, doc.target_cased
    nouns_capitalised, target_nouns_capitalised = doc.nouns_capitalised, doc.target_nouns_capitalised
    source_word_too, target_word_too = word_too(source_lang), word_too(target_lang)
    for k, pair in enumerate(pair_list):
        if not pair.translated:
            continue
        lost = omitted(pair)
        source, target = sources[k], targets[k]
        source_mentions, target_mentions, target_title_words = _pair_mentions(doc, pair, source_word_too, target_word_too)
        # Every capitalised word of a side (a sentence's first too) may be
        # the better partner of a word of the other side.
        source_rivals = tuple(dict.fromkeys(t.text for t in source.tokens if t.capitalised))
        source_words = tuple(dict.fromkeys(t.text for t in source.tokens if not t.window and len(t.text) >= 3))
        target_rivals = tuple(dict.fromkeys(t.text for t in target.tokens if t.capitalised))
        # Every word of the target is a better partner for a source word it
        # spells more like (Султан ~ sultan, not Saarinen).
        target_words = tuple(dict.fromkeys(t.text for t in target.tokens if not t.window and len(t.text) >= 3))
        unexplained = _unexplained(doc, k, source_mentions, target_mentions, target_words, target_rivals)
        extra, plain, borrowed, short_names = (
            unexplained.extra, unexplained.plain, unexplained.borrowed, unexplained.short_names
        )
        if not source_cased:
            yield from _caseless_source_findings(rule, doc, k, pair, lost, target_mentions, extra, borrowed, target_rivals)
            continue
        missing = _missing_names(doc, k, lost, source_mentions, target_mentions, source_words)
        claimed: set[int] = set()
        # An unexplained target word that may be a missing name-like source
        # word respelled (Yong ~ Γιονγκ) is that name's, not a rival for
        # another (General); a sentence's first word may be one too (Angel
        # (2006), explains...), when it sounds alike and no other source word
        # does (Janet is Janet's, not Shawn's). A common word of the
        # language (Πρόεδρο, The) is a translated title, no respelling.
        respellings = [r for r in extra if (zipf(r.text, target_lang) or 0.0) < COMMON_RESPELLING]

        def in_a_kept_run(m: NameMention) -> bool:
            # Beside a kept word of its run (Patrick Morrisey -> Patrick
            # Navarro) a name is in its place, not an exonym: there a word of
            # one cased alphabet must sound like it to be it. (Not a word of
            # the language in lower case too, a title: Reverend ~ Wielebny.)
            return no_lower_case(m.text, source_lang) is not False and bool(doc.kept_mates(m, target))

        def spelled(m: NameMention) -> bool:
            # A rare name written alone (Levee, Auckland, Schlegel; not Red
            # of Red Cross, nor Nizinę Hindustańską, the Gangetic plain) is
            # respelled, never translated: a likeness of consonants alone,
            # the letters far apart, is chance (Levee ~ Jarvis). So is one
            # beside a kept word of its run (Ջանկառլո Ջորջետին, Giancarlo
            # Giorgetti: not Salvini, Giancarlo kept).
            return len(m.run) == 1 and (zipf(m.text, source_lang) or 0.0) < RARE_SOURCE or in_a_kept_run(m)

        def one_alphabet(m: NameMention) -> bool:
            # A rare name, where only names take a capital (Kiernan,
            # Kavanaugh of Judge Kavanaugh; not German Mais, corn, nor
            # Reverend, a word in lower case too), has no exonym in another
            # language of its alphabet either: it is spelled much as it is
            # (Kiernan is no Carnegie, Kavanaugh no Kleenex).
            return in_a_kept_run(m) or (
                not nouns_capitalised and (zipf(m.text, source_lang) or 0.0) < RARE_SOURCE
                and no_lower_case(m.text, source_lang) is not False
            )

        def may_respell(o: NameMention, r: NameMention) -> bool:
            # (Never two CLDR places that name other places: Αργεντινής,
            # Argentina, is no Germany respelled, however loosely alike.)
            return not other_places(o.text, source_lang, r.text, target_lang) and maybe_same_name(
                o.text, r.text, spelled(o), one_alphabet=one_alphabet(o)
            )

        claimed |= {
            r.start for r in respellings
            if any(
                may_respell(o, r)
                and name_like(o.text, source_lang, RARE_SOURCE)
                for o in missing
            )
        }
        # A missing capitalised word that is only an ordinary word of the
        # source (its spelling dictionary has it in lower case and not with
        # a capital: Атлантическом, Королівський; not Trump, Tesla), where the
        # translation has an unexplained capitalised word that is only an
        # ordinary word of its language too (Subtropical, Director; not John,
        # Henry, Lee, which are words as well), is a word of a name or a
        # title, translated: such words of the translation are its
        # translation, no name put in its place nor in another's (Джерри's).
        # The names the source has (Trump, Джерри) choose first: an ordinary
        # word put in a name's place (Trump -> Gateway) is no translation.
        # (Луна, a surname and a moon, with only Carter in its place, is still
        # a name replaced. So is a word rare in its language that the
        # translation's own dictionary lists, letter for letter, as a name:
        # Spanish tesla is a unit, but English Tesla a name.)
        translated = {
            m.start for m in missing
            if ordinary_word(m.text, source_lang)
            and not (
                rare(m.text, source_lang, RARE_SOURCE)
                and known_word(m.text, target_lang) and ordinary_word(m.text, target_lang) is False
            )
            # (Not a word of a country's CLDR name, an adjective too:
            # Фолклендських, of Фолклендські острови, a word in lower case
            # as well, is the Falklands', whose translation CLDR knows.)
            and not names_territory(m.text, source_lang)
        }
        missing.sort(key=lambda m: m.start in translated)
        translations_found = False
        openers = [
            t.text for t in target.tokens
            if target_cased and t.capitalised and t.initial and not t.window
            and (zipf(t.text, target_lang) or 0.0) < COMMON_RESPELLING
        ]
        # One name gone, one word come: where the one name of the source
        # that reads as a name and is missing is a rare one written alone,
        # and the translation has one lone capitalised word that the source,
        # this sentence or another, does not explain (not Britain for Patts,
        # where britischen follows) and that no word of the source sentence,
        # lower-case ones included, resembles (Samoa -> Tasmania, Eighmey ->
        # Edinburgh; not Biblical ~ βιβλικών), that word took the name's
        # place, whatever it is.
        lone = [
            r for r in extra
            if r.start in plain and r.start not in claimed and r.start not in borrowed and len(r.run) == 1
        ]
        named = [m for m in missing if doc.a_source_name(m)]
        sole = (
            {lone[0].start}
            if len(lone) == 1 and len(named) == 1 and len(named[0].run) == 1
            # (In one alphabet a word's respelling or translation is close
            # to it: Jesus is no Simpsons, Magistrates no negustorii.)
            and not any(maybe_same_name(t.text, lone[0].text, one_alphabet=True) for t in source.tokens if not t.window)
            else set()
        )
        alone_in_run = {
            r.start for r in extra if len(r.run) > 1 and all(o == r.text or source.has(o, target_lang) for o in r.run)
        }
        # A word of the translation that may be a missing name respelled is
        # the one it is likeliest to be (Пекин is Beijing's; Panama, which it
        # resembles a little too, is still missing beside Лундвальда).
        likeliest = []
        for r in respellings:
            alike = [o for o in missing if may_respell(o, r)]
            if alike:
                likeliest.append(max(alike, key=lambda o: likeness(o.text, r.text)).text)
        # Into a language without capitals, a name the translation brought
        # (see names_brought) where names of the source are missing took the
        # place of one of them (Trump -> 克雷格); which one, it cannot say.
        # A run spelled by sound that its gloss, a source name in the
        # source's letters, does not sound like is another name (哈考特
        # (Newport)), whether or not a name of the source is missing.
        glossed = set()
        if not target_cased:
            for run, gloss, name in glosses_unlike(ctx.text, pair.target_start, pair.target_end, target_lang, source):
                glossed.add(run.start)
                yield rule.finding(
                    ctx, run.start, run.end,
                    f"the translation has the name {run.text!r} ({romanised(run.text)}) for {gloss!r}, "
                    "which it glosses in brackets but does not sound like",
                    details=_about(pair.source, pair.source_start + name.start, pair.source_start + name.end),
                )
        gone = [m for m in named if m.start not in translated and len(m.text) >= MIN_RARE_NAME]
        brought = doc.names_brought(pair, k, source, source_mentions, gone) if not target_cased and gone else []
        brought = [r for r in brought if r.start not in glossed]
        if len(brought) == 1:
            name = brought[0]
            listed = ", ".join(repr(m.text) for m in gone)
            yield rule.finding(
                ctx, name.start, name.end,
                f"the translation has the name {name.text!r} ({romanised(name.text)}), which is not in the source, "
                f"where {'the name ' + listed + ' is' if len(gone) == 1 else 'the names ' + listed + ' are'} missing",
                details=_about(pair.source, gone[0].start, gone[-1].end),
            )
            missing = [m for m in missing if m not in gone]
        elif not target_cased and not written_without_spaces(target_lang):
            # One name gone beside a kept word of its run: the word in its
            # place took it, whatever it is (see in_its_caseless_place).
            # (Not into Chinese, beside a name's dot: there the word beside
            # the dot is more often the name itself, respelled past the
            # search (福特 for Ford, 加西亚 for Garcia), than another's;
            # measured on the benchmark, one name change found for 18
            # false alarms over nine samples.)
            for m in gone:
                place = doc.in_its_caseless_place(m, pair, source)
                if place is None:
                    continue
                latin = romanised(m.text)
                yield rule.finding(
                    ctx, place.start, place.end,
                    f"the source name {m.text!r} ({latin}) is not in the translation, which has "
                    f"{place.text!r} ({romanised(place.text)}) instead",
                    latin,
                    details=_about(pair.source, m.start, m.end),
                )
                missing = [o for o in missing if o is not m]
        for m in missing:
            latin = transliterate(m.text)
            # (Or one like it: Уейд is Wade's and Wayde's, two names the
            # translator writes alike.)
            if any(same_spelling(name, m.text) or respelled(name, m.text) for name in likeliest) or any(
                respelled(m.text, word) and not any(o != m.text and respelled(o, word) for o in source_rivals)
                for word in openers
            ):
                continue  # perhaps the same name spelled otherwise (Beijing ~ Пекин, Juan ~ Хуаном, Άνχελ ~ Angel)
            numbered = doc.numbered_alike(m, extra)
            if numbered:
                claimed |= numbered
                continue  # a monarch's exonym, the same number after it (Людовика XVI ~ Louis XVI)
            if calendar_word(m.text, source_lang):
                # A month or a day of the week (CLDR's) is translated, never
                # replaced by a name: one missing is a word left out.
                yield _word_left_out(rule, ctx, pair, m.text, m.start, m.end)
                continue
            # A name the translation writes elsewhere is one the translator
            # keeps; otherwise both words must read as names (Minister,
            # Kundgebung and Kingdoms are ordinary words of their languages).
            # (Not for a caseless target: its every word and window is a
            # candidate, so a likeness somewhere in the document is chance.
            # Nor for one of the language's commonest words that its
            # dictionary has only in lower case: State of Secretary of State
            # is like Staaten, its translation, and The of a title the
            # translation keeps in English is The. One that is a name too
            # counts in its very spelling only: Turkish Güneş, the Sun, is
            # like Chinese; May is May.)
            common = (zipf(m.text, source_lang) or 0.0) >= ORDINARY_NAME_WORD
            seen_elsewhere = target_cased and not (common and ordinary_word(m.text, source_lang)) and doc.spelled_elsewhere(
                m.text, k, exact=common and no_lower_case(m.text, source_lang) is False
            )
            source_name = doc.a_source_name(m)
            # Without a word list for the source's language (Armenian,
            # Swahili), a capitalised word is taken for a name where only
            # names take a capital: nothing says it is a common word. Only a
            # name in its place is reported so; one merely missing may be a
            # word of a name translated (Benki Kuu, the Central Bank).
            unlisted = not source_name and not nouns_capitalised and zipf(m.text, source_lang) is None
            source_name = source_name or unlisted
            evidence = seen_elsewhere or source_name
            # A name rare as a word of its language (Mendoza, Chequers; not
            # Red of Red Cross, nor Lord): one that is not translated, so
            # that a word in its place, or a name borrowed from the rest of
            # the article, replaced it.
            # (Four letters at least: Col, Gen, Rev are titles cut short.)
            rare_name = source_name and len(m.text) >= MIN_RARE_NAME and (zipf(m.text, source_lang) or 0.0) < RARE_SOURCE
            # So, for the lone word in its place, is a name the translation's
            # dictionary has letter for letter, and only as a name (Stanley,
            # in English): kept as it is, however common. (A place's exonym,
            # Roma's Rome, is found by its CLDR name, no lone word.)
            kept_as_is = (
                source_name and len(m.text) >= MIN_RARE_NAME
                and char_script(m.text[0]) in capital_scripts(target)
                and known_word(m.text, target_lang) is True and no_lower_case(m.text, target_lang) is True
            )
            # A name its language made its own (Ναΐτες): its counterpart of
            # that kind is its translation (see own_name). Not one that a
            # name of the translation's dictionary spells (OWN_SPELLING:
            # Californie is California, Константинополя Constantinople):
            # a translation respells it, and another place may replace it.
            translatable = (
                own_name(m.text, source_lang) and dictionary_name_likeness(m.text, target_lang) < OWN_SPELLING
            )
            # A name by both spelling dictionaries, where only names take a
            # capital (the source's has it with a capital, if in lower case
            # too: Trump, China; the translation's in no lower-case form):
            # Самоа gone, Tasmania come, Trump gone, Николаса come (a stem
            # common as Николай's), is a name for a name, though the new one
            # is common enough to pass for a word; not one of the language's
            # commonest (British, England: a people's or country's name the
            # source writes its way). (Not Ερυθρός of Erik the Red, an
            # ordinary word by its dictionary, Norse in its place.)
            dictionary_name = (
                not nouns_capitalised and not target_nouns_capitalised and ordinary_word(m.text, source_lang) is False
            )
            rivals = [
                r for r in extra
                if r.start not in claimed and evidence
                and (doc.rival_name(r, rare_name or kept_as_is, sole=r.start in sole, alone=r.start in alone_in_run)
                     or dictionary_name and no_lower_case(r.text, target_lang) is True
                     and (zipf(r.text, target_lang) or 0.0) < COMMON_RESPELLING
                     # A country gone (Κίνα, which is quinine too), the sole
                     # word of the sentence in its place a name by the
                     # translation's dictionary (Aristotle, which travels
                     # little: other languages spell it otherwise), where
                     # only names take a capital (not German Anschuldigungen).
                     or r.start in sole and place_name(m.text, source_lang) and not target_nouns_capitalised
                     and no_lower_case(r.text, target_lang) is True)
                and (r.start not in borrowed or rare_name)
                and (rare_name or r.start in plain)
                # A name each language has made its own, gone, and another in
                # its place (Ναΐτες ~ Templars, Εβραίοι ~ Jews): a people, an
                # order, a faith's names are translated, each language's its
                # own word. (Not a place: its CLDR name finds it.)
                and not (translatable and own_name(r.text, target_lang))
                # (A word of a source without a list, which may be a word of
                # a name translated, Benki Kuu ~ Central Bank: only a name
                # alone, or beside a kept word of its run, below.)
                and not (unlisted and len(r.run) > 1)
            ]
            # A name not rare, in its place too: one the dictionary lists only
            # with a capital (Mendoza), or one by the word lists that is no
            # common word of the language (Alonso; not Red of Red Cross,
            # whose translation stands beside Krzyża).
            named_in_place = rare_name or (
                not nouns_capitalised and known_word(m.text, source_lang) is True
                and no_lower_case(m.text, source_lang) is True
            ) or (
                source_name and (
                    (zipf(m.text, source_lang) or 0.0) < COMMON_RESPELLING or no_lower_case(m.text, source_lang) is True
                )
            )
            if named_in_place:
                # A word in the name's own place, whatever it is: in one
                # capitalised run with the counterpart of a word the name is
                # written with (Rolando Mendoza -> Rolando Senate, Mike Pompeo
                # -> Майк Новак, Fernando Alonso -> Fernando Schumacher). For a
                # name not rare, not a place's adjective or inflected name
                # (Rakušanka, an Austrian: a people's name translated).
                placed = [
                    r for r in doc.in_its_place(m, source, target, target_mentions, claimed)
                    if r.start not in short_names
                    and (rare_name or not (place_name(r.text, target_lang) and not cldr_name(r.text, target_lang)))
                ]
                if placed:
                    rivals = placed
                elif doc.dropped_beside_its_mate(m, target, target_mentions, target_title_words):
                    rivals = []  # left out, not replaced: a prompt (below)
            # A country's people or adjective for the country (ze Švýcarska
            # ~ the Swiss woman, of Denmark ~ τον Δανό): the name translated.
            people = {r.start for r in rivals if doc.of_its_country(m.text, r.text)}
            if people:
                claimed |= people
                continue
            if m.start in translated:
                # (A word in its place counts too: Resistant in Drug Resistant
                # Tuberculosis, for İlaca of İlaca Çok Dayanıklı Tüberküloz.)
                ours = {
                    r.start for r in (*extra, *rivals) if r.start not in claimed and ordinary_word(r.text, target_lang)
                }
                claimed |= ours
                translations_found = translations_found or bool(ours)
                if translations_found:
                    continue  # translated (above): nothing is missing, and Norse beside Subtropical is no name put in its place
                if rivals and known_word(m.text, target_lang) is not True and all(
                    no_lower_case(r.text, target_lang) is False and not place_name(r.text, target_lang) for r in rivals
                ):
                    # Every word that may have taken its place is a word of
                    # the language too, if a name as well, and no place
                    # (Erik the Red, Independence Hall, Queen of Extreme ~
                    # Ερυθρός, Ανεξαρτησίας, Kraliçesi): the word translated.
                    # (Not a word the translation's language writes the same,
                    # Continuum: kept, were it translated.)
                    claimed |= {r.start for r in rivals}
                    continue
            if rivals:
                # A name rather than an ordinary word of the language (Kavanaugh,
                # not Subtropical of a translated name), then the rarest.
                rival = min(rivals, key=lambda r: (ordinary_word(r.text, target_lang) is True, zipf(r.text, target_lang) or 0.0))
                claimed.add(rival.start)
                if doc.rendered_so(m.text, rival.text):
                    continue  # the translator's own rendering of the name (Hague ~ Гаазі, twice)
                yield rule.finding(
                    ctx, rival.start, rival.end,
                    f"the source name {m.text!r} ({latin}) is not in the translation, which has {rival.text!r} instead",
                    latin,
                    details=_about(pair.source, m.start, m.end),
                )
            elif evidence and not (unlisted and not seen_elsewhere):
                # Missing with nothing in its place: a name dropped, or one
                # respelled past recognition. Without capitals in the target
                # (Chinese, Arabic) nothing can be found in its place, so a
                # missing name stays a prompt to look: the respellings the
                # matching misses there are as many as the names dropped.
                yield rule.finding(
                    ctx, pair.target_start, pair.target_end,
                    f"the source name {m.text!r} ({latin}) is not in the translation",
                    severity=Severity.MINOR,
                    details=_about(pair.source, m.start, m.end),
                )
        yield from _names_added(rule, doc, k, pair, source_mentions, extra, claimed, borrowed)


CASE_FORM_STEM = 2.0  # Zipf, in its own list, of a name a case form after another name is of
COUNTRY_STEM = 3  # first letters a country's people share with its name (Swiss, Switzerland; Δανό, Δανία)
OWN_SPELLING = 0.85  # letters a name shares with a name of the other language's dictionary that respells it (Californie ~ California 0.9)
MIN_RENDERINGS = 2  # sentence pairs that show a translator's rendering of a name
COMMON_WORD = 4.0  # Zipf: a word in lower case this common is an ordinary word (Queen, Cheers), whatever else it names


MIN_ROOT = 4  # letters of a root two words of one alphabet share (Zulu of Zululandia, KwaZulu)


def shared_root(word: str, other: str) -> bool:
    """Whether two words of one alphabet share a run of MIN_ROOT letters or
    more that is half of ``other`` at least: one name's root in another's
    form (Zululandia ~ KwaZulu), no chance likeness."""
    if char_script(word[:1]) != char_script(other[:1]):
        return False
    a, b = word.casefold(), other.casefold()
    match = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= MIN_ROOT and 2 * match.size >= len(b)


def territory_names(word: str, lang: str, other: str) -> tuple[str, ...]:
    """The CLDR names in ``other`` of the territories ``word``, a word of
    ``lang``, names (Švýcarska: Switzerland)."""
    from tqcheck.alignment.cldr_names import cldr_locale

    locale = cldr_locale(other)
    if locale is None:
        return ()
    codes = [c.partition(":")[2] for c in concepts(word, lang) if c.startswith("T:")]
    return tuple(name for name in (locale.territories.get(code) for code in codes) if name)


@cache
def _unit_name_words(lang: str) -> frozenset[str]:
    from tqcheck.locale import unit_words

    after, before = unit_words(lang)
    return frozenset(w for phrase in (*after, *before) for w in phrase.split() if w[:1].isupper() and len(w) >= 4)


def unit_name_word(word: str, lang: str) -> bool:
    """Whether ``word`` is a capitalised word of one of ``lang``'s CLDR unit
    names (Цельсія of градусів Цельсія, Fahrenheit); not a place's name
    or adjective (Amerikan of Turkish Amerikan tonu, a short ton)."""
    return word in _unit_name_words(lang) and not place_name(word, lang)


def word_too(lang: str) -> Callable[[str], bool]:
    """Whether a capitalised word is a word of ``lang`` in lower case too:
    its spelling dictionary has a lower-case form (Bells, Trump), or
    without a dictionary it is common as a word (RARE_SOURCE)."""

    def known_in_lower_case(word: str) -> bool:
        unknown = no_lower_case(word, lang)
        return (zipf(word, lang) or 0.0) >= RARE_SOURCE if unknown is None else not unknown

    return known_in_lower_case


# Language pairs with a deeper rule pack of their own (a table of exonyms,
# Bulgarian morphology): Bulgarian and English, both ways (on NTREX en->bg
# it finds 100% of changed names, the generic path 50%).
DEEP_PAIRS = frozenset({("bg", "en"), ("en", "bg")})


def _pair_findings(rule: Rule, ctx: RuleContext, omitted: Lost) -> Iterable[Finding]:
    pair = (ctx.source_lang.split("-")[0].lower(), ctx.target_lang.split("-")[0].lower())
    if pair in DEEP_PAIRS:
        return _findings(rule, ctx, omitted)
    return _any_pair_findings(rule, ctx, omitted)


check = omission_aware(_pair_findings)


RULE = make_rule(
    __doc__,
    code="TQ702",
    name="name-mismatch",
    severity=Severity.MAJOR,
    category=Category.MISTRANSLATION,
    check=check,
)
