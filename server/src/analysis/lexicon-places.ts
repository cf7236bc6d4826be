/**
 * Countries, cities, regions and demonyms. Lower case, words joined by one space, with the
 * periods of abbreviations kept (`u.s.`).
 */

import { wordList } from './lexicon-list';

/** Countries and their usual short and long forms. */
export const COUNTRIES = wordList(`
afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria
azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia
bosnia|bosnia and herzegovina|herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burundi
cambodia|cameroon|canada|cape verde|central african republic|chad|chile|china|colombia|comoros
congo|democratic republic of the congo|costa rica|croatia|cuba|cyprus|czech republic|czechia
denmark|djibouti|dominica|dominican republic|east timor|timor-leste|ecuador|egypt|el salvador
equatorial guinea|eritrea|estonia|eswatini|swaziland|ethiopia|fiji|finland|france|gabon|gambia
georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary
iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan
kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya
liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta
marshall islands|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro
morocco|mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|holland|new zealand|nicaragua
niger|nigeria|north korea|north macedonia|macedonia|norway|oman|pakistan|palau|palestine
panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia
russian federation|rwanda|saint lucia|samoa|san marino|saudi arabia|senegal|serbia|seychelles
sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|south korea|korea
south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania
thailand|togo|tonga|trinidad and tobago|tunisia|turkey|türkiye|turkmenistan|tuvalu|uganda|ukraine
united arab emirates|uae|united kingdom|uk|u.k.|britain|great britain|england|scotland|wales
northern ireland|united states|united states of america|usa|u.s.a.|us|u.s.|u.s|america
uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|zambia|zimbabwe|soviet union|ussr
greenland|puerto rico|hong kong|macau|tibet|kurdistan|west bank|gaza|gaza strip|crimea
`);

/** Major cities, capitals and news datelines. */
export const CITIES = wordList(`
moscow|washington|washington d.c.|washington, d.c.|berlin|london|paris|rome|madrid|lisbon|vienna
brussels|amsterdam|the hague|geneva|zurich|bern|stockholm|oslo|copenhagen|helsinki|reykjavik
dublin|edinburgh|warsaw|prague|budapest|bucharest|sofia|belgrade|zagreb|ljubljana|sarajevo
tirana|skopje|athens|ankara|istanbul|kyiv|kiev|minsk|vilnius|riga|tallinn|chisinau|tbilisi
yerevan|baku|tehran|baghdad|damascus|aleppo|idlib|homs|raqqa|deir ez-zor|palmyra|beirut
amman|jerusalem|tel aviv|riyadh|jeddah|mecca|medina|doha|dubai|abu dhabi|muscat|sanaa|aden
kuwait city|manama|cairo|alexandria|tripoli|benghazi|tunis|algiers|rabat|casablanca|khartoum
juba|addis ababa|nairobi|mogadishu|kampala|kigali|dar es salaam|lagos|abuja|accra|dakar
kinshasa|johannesburg|cape town|pretoria|harare|luanda|kabul|kandahar|islamabad|karachi|lahore
new delhi|delhi|mumbai|bombay|kolkata|calcutta|chennai|bangalore|dhaka|kathmandu|colombo
beijing|shanghai|hangzhou|guangzhou|shenzhen|wuhan|chongqing|tianjin|nanjing|hong kong
taipei|seoul|pyongyang|tokyo|osaka|kyoto|hiroshima|fukushima|bangkok|hanoi|ho chi minh city
manila|jakarta|kuala lumpur|singapore|yangon|phnom penh|canberra|sydney|melbourne|brisbane
perth|adelaide|auckland|wellington|christchurch|ottawa|toronto|montreal|vancouver|quebec
new york|new york city|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego
dallas|austin|san francisco|seattle|boston|miami|atlanta|denver|detroit|baltimore|las vegas
minneapolis|new orleans|pittsburgh|cleveland|st. louis|saint louis|brooklyn|manhattan|queens
bronx|harlem|hollywood|silicon valley|mexico city|havana|caracas|bogota|bogotá|lima|quito
santiago|buenos aires|montevideo|sao paulo|são paulo|rio de janeiro|rio|brasilia|brasília
sochi|st. petersburg|saint petersburg|st petersburg|vladivostok|novosibirsk|yekaterinburg
kazan|grozny|donetsk|luhansk|lugansk|mariupol|odessa|odesa|kharkiv|kharkov|lviv|sevastopol
munich|hamburg|frankfurt|cologne|bonn|milan|naples|venice|florence|barcelona|seville|marseille
lyon|nice|strasbourg|manchester|liverpool|birmingham|glasgow|belfast|cardiff|oxford|cambridge
davos|camp david|guantanamo|sharm el-sheikh|mosul|kirkuk|erbil|basra|fallujah|ramadi|tikrit
gaza city|ramallah|hebron|nablus|haifa|golan heights|sinai|vatican city
`);

/** US states, continents and other regions. */
export const REGIONS = wordList(`
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho
illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota
mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina
north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee
texas|utah|vermont|virginia|west virginia|wisconsin|wyoming|washington state
ontario|quebec|british columbia|alberta|bavaria|catalonia|siberia|chechnya|dagestan|donbas|donbass
kashmir|punjab|xinjiang|tibet|kurdistan|darfur|sahel|sahara|balkans|caucasus|scandinavia
africa|asia|europe|north america|south america|latin america|central america|oceania
antarctica|antarctic|arctic|middle east|near east|far east|east asia|south asia|southeast asia
central asia|eastern europe|western europe|central europe|the west|the east|the gulf|the north
the south|the midwest|the sun
persian gulf|horn of africa|north africa|west africa|east africa|southern africa|sub-saharan africa
mediterranean|atlantic|pacific|indian ocean|black sea|baltic|caribbean|red sea|caspian sea
south china sea|east china sea|mekong|nile|euphrates|tigris|danube|volga|amazon|himalayas
alps|andes|midwest|new england|deep south|west coast|east coast|great lakes|levant|maghreb
earth|moon|mars|venus|jupiter|saturn|mercury|the sun|ground zero|wall street|downing street
capitol hill|trump tower|times square|red square|tiananmen square|tahrir square|golan
`);

/**
 * Demonyms and nationality adjectives (`Russian`, `Syrian`): words that qualify a role
 * (`Russian President`) but are no name themselves.
 */
export const DEMONYMS = wordList(`
afghan|albanian|algerian|american|andorran|angolan|argentine|argentinian|armenian|australian
austrian|azerbaijani|azeri|bahraini|bangladeshi|belarusian|belgian|bolivian|bosnian|brazilian
british|bulgarian|burmese|cambodian|cameroonian|canadian|chadian|chilean|chinese|colombian
congolese|croatian|cuban|cypriot|czech|danish|dutch|ecuadorian|egyptian|emirati|english|eritrean
estonian|ethiopian|european|filipino|finnish|french|georgian|german|ghanaian|greek|guatemalan
haitian|honduran|hungarian|icelandic|indian|indonesian|iranian|iraqi|irish|israeli|italian
ivorian|jamaican|japanese|jordanian|kazakh|kenyan|korean|kosovar|kurdish|kuwaiti|kyrgyz|lao
latvian|lebanese|liberian|libyan|lithuanian|luxembourgish|macedonian|malagasy|malaysian|malian
maltese|mexican|moldovan|mongolian|montenegrin|moroccan|mozambican|namibian|nepalese|nepali
nigerian|nigerien|norwegian|omani|pakistani|palestinian|panamanian|paraguayan|persian|peruvian
polish|portuguese|qatari|romanian|russian|rwandan|saudi|scottish|senegalese|serbian|sierra leonean
singaporean|slovak|slovenian|slovene|somali|south african|spanish|sri lankan|sudanese|swedish
swiss|syrian|taiwanese|tajik|tanzanian|thai|tibetan|togolese|tunisian|turkish|turkmen|ugandan
ukrainian|uruguayan|uzbek|venezuelan|vietnamese|welsh|yemeni|zambian|zimbabwean|soviet
arab|arabic|african|asian|latin|latino|hispanic|western|eastern|northern|southern|nordic
islamic|muslim|christian|jewish|catholic|protestant|orthodox|sunni|shia|shiite|hindu|buddhist
sikh|alawite|druze|yazidi|coptic|evangelical|kremlin-backed|u.s.-backed|us-backed|russian-backed
`);

/** Head words that make a name a place (`Black Sea`, `Johnson Space Center`, `Eureka Springs`, `Briefing Room`). */
export const PLACE_HEADS = wordList(`
river|sea|ocean|lake|island|islands|isles|mountain|mountains|mount|mt.|valley|bay|gulf|strait
straits|peninsula|desert|coast|province|county|district|region|territory|territories|city|town
village|street|st.|avenue|ave.|road|boulevard|square|plaza|airport|station|bridge|tower|towers
building|hall|auditorium|heights|hills|hill|springs|falls|beach|harbor|harbour|port|canyon
forest|glacier|shelf|republic|kingdom|emirates|states|oblast|krai|governorate|prefecture
canton|borough|township|suburb|park|stadium|arena|palace|castle|cathedral|mosque|temple
basin|delta|plain|plains|plateau|highlands|lowlands|archipelago|atoll|reef|cape|point
quarter|camp|base|checkpoint|crossing|border|frontier|zone|enclave|corridor|county
room|lawn|garden|memorial|monument|lane|farm|terrace|quay|wharf
`);

/** Words before a name that make it a place (`North Kivu`, `Lake Chad`, `San Diego`). */
export const PLACE_PREFIXES = wordList(`
north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|new
mount|mt.|lake|fort|port|saint|st.|san|santa|são|sao|los|las|el|al|cape|gulf|isle
`);

/** Lower-case nouns that make the name after `the X of` a place (`the town of Khan Sheikhoun`). */
export const PLACE_NOUNS = wordList(`
town|city|village|region|province|district|state|county|island|islands|suburb|resort|port
capital|area|municipality|neighbourhood|neighborhood|borough|commune|settlement|enclave
governorate|oblast|territory|republic|kingdom|emirate|country|nation|hamlet|valley|coast
`);
