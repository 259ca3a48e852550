// Vocabulary of the everyday-life niches: family, interior, pets, travel and the catch-all other.
import type { NicheWords } from './niche-words.ts';

export const family: NicheWords = {
  nouns: ['school run', 'toddler', 'baby', 'family day out', 'bedtime routine', 'lunchbox', 'rainy day activity', 'mum life', 'sibling moment', 'nursery', 'picnic', 'bath time'],
  adjectives: ['chaotic', 'cosy', 'little', 'messy', 'sweet', 'busy', 'lazy', 'sunny', 'rainy', 'happy'],
  lines: [
    'Our {adj} weekend in pictures', 'Real talk about the {noun}', 'Easy {noun} ideas that saved my week', 'This {adj} {noun} 🥹',
    'Mum life: coffee, cuddles and a {adj} {noun}', 'Three things that helped with the {noun}', 'A {adj} {noun} with my favourite people',
    'Nobody warned me about the {noun}', 'Family day out at the beach', 'Little hands, big hearts',
  ],
  roles: ['Mum of two', 'Dad of three 👨‍👧‍👦', 'Family life & honest parenting', 'Twin mum', 'Toddler activities', 'Parenting, but make it real'],
  bioLines: ['Easy activities for little ones', 'Honest parenting, no filter', 'Family adventures on a budget', 'Lunchbox ideas every Monday', 'Surviving the toddler years'],
  hashtags: ['momlife', 'mumlife', 'parenting', 'familytime', 'toddlerlife', 'motherhood', 'kidsactivities', 'familyfun', 'dadlife', 'babyboy', 'babygirl', 'raisingkids'],
  brands: ['littlesprout.co', 'cuddlecloud', 'tinytoes.kids', 'rivalbrand', 'bumbleandbear', 'solestory'],
  comments: ['so relatable 😂', 'your kids are adorable', 'this is our house every morning', 'love this idea!', 'saving for the weekend', 'how old is she now?', 'such a sweet moment', 'what a lovely day', 'you are doing amazing', 'great tip thank you'],
  emojis: ['🥹', '❤️', '👶', '🌈', '🧸', '☀️', '😂'],
  handleWords: ['mama', 'mum', 'family', 'littles', 'dad', 'nest'],
};

export const interior: NicheWords = {
  nouns: ['living room', 'reading nook', 'gallery wall', 'bedroom makeover', 'kitchen shelf', 'hallway', 'plant corner', 'rental makeover', 'vintage chair', 'linen bedding', 'entryway', 'bathroom refresh'],
  adjectives: ['calm', 'scandi', 'cosy', 'neutral', 'vintage', 'warm', 'minimal', 'boho', 'rental-friendly', 'bright', 'earthy', 'light-filled'],
  lines: [
    'Our {adj} {noun} is finally done', 'Before and after: {noun}', 'Rental-friendly {noun} on a budget', 'Sunday light in the {noun}',
    'Styling a {adj} {noun} with things we already had', 'Small space, big ideas: the {noun}', 'DIY {noun} for under £50',
    'Slow mornings in our {adj} home', 'The {noun} project, part two', 'Home tour: the {noun}',
  ],
  roles: ['Interiors & DIY', 'Renovating a 1930s semi', 'Rental makeovers', 'Scandi home', 'Small space living', 'Vintage home finds'],
  bioLines: ['DIY on a budget', 'Home tours every Sunday', 'Slow living in a small flat', 'Renovation diary', 'Thrifted furniture, restored'],
  hashtags: ['interiordesign', 'homedecor', 'interior', 'homeinspo', 'diyhome', 'scandihome', 'rentalmakeover', 'myhome', 'livingroom', 'homesweethome', 'interiorstyling', 'cosyhome'],
  brands: ['oakandember', 'linenloft', 'nestandknot', 'rivalbrand', 'potteryhaus', 'lumenlamps'],
  comments: ['where is the lamp from?', 'such a calm space', 'love the paint colour', 'what shade is the wall?', 'dream living room', 'how did you do the shelves?', 'so cosy!', 'saving for our renovation', 'the light in here 😍', 'great transformation'],
  emojis: ['🏡', '🌿', '🕯️', '🪴', '✨', '🤎', '🛋️'],
  handleWords: ['home', 'nest', 'house', 'interiors', 'abode', 'casa'],
};

export const pets: NicheWords = {
  nouns: ['walk', 'zoomies', 'nap', 'puppy', 'rescue dog', 'cat', 'grooming day', 'beach walk', 'training session', 'treat', 'sofa', 'birthday'],
  adjectives: ['sleepy', 'fluffy', 'muddy', 'cheeky', 'happy', 'tiny', 'grumpy', 'goofy', 'sunny', 'good'],
  lines: [
    'Post-{noun} face 🐾', 'Who else has a {adj} one at home?', 'Sunday {noun} with this {adj} girl', 'He thinks he owns the {noun}',
    'Training tip: short sessions, lots of praise', 'Adopt, don\'t shop ❤️', 'Happy gotcha day to my {adj} boy', 'The {adj} {noun} chronicles',
    'Beach walk and very {adj} paws', 'Rate this {noun} out of 10',
  ],
  roles: ['Rescue dog mum 🐶', 'Two cats and a dog', 'Golden retriever life', 'Adventures of a cheeky cockapoo', 'Cat dad', 'Dog trainer'],
  bioLines: ['Adopt, don\'t shop', 'Daily walks and zoomies', 'Positive reinforcement training', 'Living with three rescue cats', 'Beach dog, sofa dog'],
  hashtags: ['dogsofinstagram', 'catsofinstagram', 'dog', 'puppy', 'rescuedog', 'petsofinstagram', 'doglife', 'catlife', 'adoptdontshop', 'dogtraining', 'cute', 'instadog'],
  brands: ['wagandwhisker', 'pawsandpebbles', 'happytails.co', 'rivalbrand', 'furandfeather', 'barkbakery'],
  comments: ['what a good boy 😍', 'that face!', 'so fluffy', 'my dog does the same 😂', 'what breed is he?', 'cutest ever', 'give him a cuddle from me', 'those eyes 🥹', 'love the harness, where from?', 'happy gotcha day!'],
  emojis: ['🐾', '🐶', '🐱', '❤️', '🦴', '🥹', '😂'],
  handleWords: ['paws', 'pup', 'dog', 'cat', 'woof', 'whiskers'],
};

export const travel: NicheWords = {
  nouns: ['hidden beach', 'road trip', 'old town', 'sunrise hike', 'island hopping', 'city break', 'boutique hotel', 'train journey', 'coastal walk', 'lagoon', 'mountain village', 'food market'],
  adjectives: ['hidden', 'sunny', 'quiet', 'wild', 'turquoise', 'slow', 'budget', 'magical', 'coastal', 'golden', 'unforgettable', 'remote'],
  lines: [
    'Found this {adj} {noun} and never want to leave', 'Three days, one {noun} and zero plans', 'Save this for your next {noun}',
    'The {adj} {noun} nobody talks about', 'Travel tip: go early, stay late', 'Slow travel, {adj} days', 'Sunset from the {noun} 🌅',
    'Budget guide to the {noun}', 'Where to eat near the {noun}', 'Postcards from a {adj} {noun}',
  ],
  roles: ['Travel & slow living', 'Budget traveller ✈️', '40 countries and counting', 'Van life', 'Weekend city breaks', 'Travel photographer'],
  bioLines: ['Guides and tips in my highlights', 'Slow travel, hidden gems', 'Travel on a budget', 'Currently: somewhere sunny', 'Hiking, beaches and street food'],
  hashtags: ['travel', 'travelgram', 'wanderlust', 'travelblogger', 'instatravel', 'beachlife', 'roadtrip', 'explore', 'travelphotography', 'vanlife', 'islandlife', 'citybreak', 'adventure'],
  brands: ['wanderpack', 'tidewayhotels', 'nomadnest', 'rivalbrand', 'suncoastescapes', 'solestory'],
  comments: ['where is this?', 'adding this to my list', 'looks like paradise', 'how did you get there?', 'best time to visit?', 'stunning view 😍', 'taking notes!', 'I was there last year, magical', 'which hotel is this?', 'dream trip'],
  emojis: ['✈️', '🌅', '🌍', '🏝️', '🧭', '🌊', '⛰️'],
  handleWords: ['travels', 'wanders', 'journeys', 'explores', 'roams', 'abroad'],
};

export const other: NicheWords = {
  nouns: ['film photo', 'new track', 'sketchbook', 'book haul', 'weekend', 'studio session', 'coffee', 'sunset', 'reading list', 'painting', 'city walk', 'morning routine'],
  adjectives: ['quiet', 'rainy', 'new', 'late-night', 'sunny', 'slow', 'little', 'golden', 'messy', 'creative'],
  lines: [
    'A {adj} {noun} kind of day', 'Some {noun} from this week', 'New {noun} out now!', 'Little update: {adj} {noun}',
    'Thoughts on a {adj} {noun}', 'Process shots from the {noun}', 'Currently reading, currently loving', 'Weekend mood: {adj} {noun}',
  ],
  roles: ['Photographer 📷', 'Musician & songwriter', 'Illustrator', 'Bookworm', 'Lifestyle & little things', 'Student & creator'],
  bioLines: ['Film photos and city walks', 'New music every month', 'Commissions open', 'Books, coffee and long walks', 'Sharing the small things'],
  hashtags: ['photography', 'lifestyle', 'art', 'music', 'bookstagram', 'filmphotography', 'illustration', 'coffee', 'sunset', 'weekendvibes', 'creative', 'instagood'],
  brands: ['inkandoak', 'sonicbloom', 'paperlanterns.co', 'rivalbrand', 'brewhaus', 'solestory'],
  comments: ['love the colours', 'what camera do you use?', 'beautiful shot', 'this is so good', 'can\'t wait to listen', 'adding it to my list', 'so talented!', 'love this vibe', 'great composition', 'need a print of this'],
  emojis: ['📷', '🎶', '🎨', '📚', '☕', '✨', '🌙'],
  handleWords: ['studio', 'creates', 'lens', 'notes', 'daily', 'art'],
};
