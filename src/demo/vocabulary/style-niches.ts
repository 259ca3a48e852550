// Vocabulary of the style niches: fashion, footwear, accessories, beauty. The footwear and
// accessories creators carry the words of the product's main story (anklets, barefoot sandals,
// foot model, summer fashion) so that its brief finds them.
import type { NicheWords } from './niche-words.ts';

// Shared by every style niche: brands that sponsor across them, and the competitor the
// heavy advertisers also promote.
const SHARED_BRANDS = ['solestory', 'anklecraft', 'rivalbrand', 'shorelinestudio'];

export const fashion: NicheWords = {
  nouns: ['summer dress', 'linen set', 'capsule wardrobe', 'denim jacket', 'wrap skirt', 'knit', 'trench coat', 'outfit', 'wide-leg trousers', 'vintage find', 'straw bag', 'co-ord', 'white shirt', 'maxi dress'],
  adjectives: ['effortless', 'breezy', 'relaxed', 'minimal', 'vintage', 'sunny', 'cosy', 'timeless', 'colourful', 'neutral', 'chic', 'easy'],
  lines: [
    'Styling this {adj} {noun} three ways', 'Current uniform: {adj} {noun} ☀️', 'OOTD with my favourite {noun}',
    'Summer fashion edit: the {noun} I keep reaching for', 'Outfit inspo for warm evenings', 'A {adj} {noun} for the weekend',
    'Thrifted this {noun} and I am obsessed', 'Relaxed styling for long summer days', 'New season, same love for a {adj} {noun}',
    'Capsule wardrobe check: one {noun}, five looks', 'Golden hour and a {adj} {noun}', 'How I style a {noun} for the office',
  ],
  roles: ['Fashion & lifestyle', 'Slow fashion lover', 'Everyday outfits', 'Style diaries', 'Summer fashion & sunsets', 'Outfit ideas for real life', 'Vintage & thrift finds'],
  bioLines: ['Outfits you can actually wear', 'Capsule wardrobe tips every week', 'Summer fashion all year round', 'Petite style 5\'2"', 'Sustainable style, honest reviews'],
  hashtags: ['ootd', 'summerfashion', 'outfitinspo', 'styleinspo', 'fashionblogger', 'whatiwore', 'capsulewardrobe', 'slowfashion', 'outfitoftheday', 'styling', 'fashion', 'lookoftheday', 'thriftstyle', 'summerstyle'],
  brands: [...SHARED_BRANDS, 'lunaandlinen', 'thrifthouse.co', 'maisonmarigold', 'northwillowwear'],
  comments: ['where is the dress from?', 'this colour is so good on you', 'need this whole outfit', 'obsessed with this look', 'the styling is perfect', 'is the set true to size?', 'saving this for summer', 'you always look so put together', 'link to the skirt please!', 'love how you styled it'],
  emojis: ['☀️', '✨', '🤍', '🌿', '👗', '🌸', '💫'],
  handleWords: ['style', 'wears', 'outfits', 'closet', 'fashion', 'looks', 'wardrobe'],
};

export const footwear: NicheWords = {
  nouns: ['barefoot sandals', 'sandals', 'espadrilles', 'slides', 'mules', 'sneakers', 'loafers', 'ankle boots', 'strappy heels', 'flip flops', 'pedicure', 'toe rings'],
  adjectives: ['comfy', 'strappy', 'summery', 'barefoot', 'handmade', 'leather', 'minimal', 'beachy', 'pastel', 'gold', 'neutral', 'everyday'],
  lines: [
    'Barefoot sandals season is officially here 👣', 'Foot model life: testing {adj} {noun} on the beach', 'New {adj} {noun} for summer fashion days',
    'The {noun} I wore all week', 'Sand between my toes and {adj} {noun} ☀️', 'Pedicure fresh and ready for {noun}',
    'Summer fashion starts with the shoes: {adj} {noun}', 'Which {noun} would you pick for a beach day?', 'Walking the promenade in {adj} {noun}',
    'Foot model tip: moisturise before every shoot', 'Anklet + {adj} {noun} = my summer uniform', 'Relaxed styling, bare feet, {adj} {noun}',
  ],
  roles: ['Foot model 👣', 'Foot model & summer fashion', 'Barefoot sandals & beach days', 'Shoe lover', 'Sandals, pedicures & sunshine', 'Footwear reviews', 'Foot model | shoes & anklets'],
  bioLines: ['Barefoot sandals and summer fashion', 'Honest footwear reviews', 'Size 38 shoe reviews', 'Pedicure of the week every Sunday', 'Anklets, sandals and salty hair'],
  hashtags: ['barefootsandals', 'footmodel', 'sandals', 'summerfashion', 'shoesoftheday', 'pedicure', 'feet', 'anklets', 'shoelover', 'espadrilles', 'beachvibes', 'footwear', 'sandalseason', 'toering'],
  brands: [...SHARED_BRANDS, 'barefootbliss', 'strandsandals', 'pebbleandpath', 'stepwell.shoes'],
  comments: ['where are the sandals from?', 'love the barefoot sandals!', 'those sandals are gorgeous', 'your pedicure colour 😍', 'are they comfy for walking?', 'need these for my holiday', 'what size do you wear?', 'perfect summer shoes', 'love the anklet with them', 'the colour of your nails!'],
  emojis: ['👣', '☀️', '🌊', '🐚', '👡', '✨', '🌴'],
  handleWords: ['soles', 'toes', 'feet', 'sandals', 'steps', 'barefoot', 'footmodel'],
};

export const accessories: NicheWords = {
  nouns: ['anklet', 'anklets', 'layered necklaces', 'gold hoops', 'charm bracelet', 'body chain', 'stacked rings', 'shell anklet', 'beaded anklet', 'sun hat', 'beach bag', 'pearl earrings'],
  adjectives: ['dainty', 'layered', 'gold', 'handmade', 'beaded', 'delicate', 'minimal', 'boho', 'sparkly', 'silver', 'summer', 'stackable'],
  lines: [
    'Anklet season 🐚 my {adj} {noun} stack', 'Layering {adj} {noun} for summer fashion', 'The {noun} I never take off',
    'Beach day accessories: {adj} {noun} and bare feet', 'A {adj} anklet for every outfit', 'Stacking {noun} for a relaxed summer look',
    'Handmade {noun} from my favourite little studio', 'Which {noun} is your favourite, 1 or 2?', 'Barefoot sandals, a {adj} anklet and sunshine',
    'Small details: {adj} {noun}', 'Gold on sun-kissed skin ✨', 'Summer fashion is all about the {noun}',
  ],
  roles: ['Anklets & dainty jewellery', 'Jewellery stacker', 'Accessories & summer fashion', 'Anklet addict 🐚', 'Layered jewellery lover', 'Handmade jewellery maker'],
  bioLines: ['Anklets, rings and everything gold', 'Summer fashion accessories', 'Layering guides every Friday', 'Beach jewellery and barefoot sandals', 'Dainty details only'],
  hashtags: ['anklets', 'anklet', 'jewellery', 'jewelry', 'layerednecklaces', 'summerfashion', 'accessories', 'goldjewelry', 'dainty', 'ringstack', 'bohostyle', 'beachjewelry', 'handmadejewelry', 'footjewelry'],
  brands: [...SHARED_BRANDS, 'goldthreadco', 'shoreline.jewels', 'tidecharm', 'littlelinkstudio'],
  comments: ['where is the anklet from?', 'love the anklet stack!', 'so dainty 😍', 'is it real gold?', 'need that anklet', 'the layering is perfect', 'does it tarnish in the sea?', 'such pretty jewellery', 'link to the rings please', 'gorgeous details'],
  emojis: ['🐚', '✨', '💛', '🌞', '💫', '🌊', '🤍'],
  handleWords: ['anklets', 'jewels', 'gold', 'charms', 'layers', 'accessories', 'sparkle'],
};

export const beauty: NicheWords = {
  nouns: ['skincare routine', 'glowy base', 'lip combo', 'brow routine', 'serum', 'sunscreen', 'nail art', 'summer makeup', 'blush', 'night routine', 'curly hair routine', 'lash lift'],
  adjectives: ['glowy', 'dewy', 'everyday', 'five-minute', 'soft', 'bronzed', 'natural', 'bold', 'fresh', 'minimal', 'peachy', 'matte'],
  lines: [
    'My {adj} {noun} for hot days', 'Five-minute {noun} before work', 'Testing a {adj} {noun} so you don\'t have to',
    'Get ready with me: {adj} {noun}', 'SPF every single day, even in winter', 'Soft glam for a summer wedding',
    'The {noun} that fixed my skin', 'Honest review: this {noun} after four weeks', 'Sunday reset: {adj} {noun}', 'Before and after my {noun}',
  ],
  roles: ['Skincare & makeup', 'Beauty on a budget', 'Licensed makeup artist', 'Skincare nerd 🧴', 'Everyday makeup', 'Nail artist'],
  bioLines: ['Honest reviews, sensitive skin', 'Makeup for real life', 'Skincare that actually works', 'Tutorials every Tuesday', 'Curly hair tips and glowy skin'],
  hashtags: ['skincare', 'makeup', 'beauty', 'skincareroutine', 'grwm', 'makeuptutorial', 'glowyskin', 'nailart', 'spf', 'beautyreview', 'naturalmakeup', 'selfcare'],
  brands: ['glowlab', 'dewdrop.skin', 'velvetbrush', 'rivalbrand', 'peachandpore', 'lumiere.cosmetics', 'shorelinestudio'],
  comments: ['what foundation is this?', 'your skin is glowing', 'shade name please!', 'does it work on oily skin?', 'need a tutorial', 'the lip colour 😍', 'is it good for sensitive skin?', 'your brows are perfect', 'saving this routine', 'so natural and pretty'],
  emojis: ['✨', '💄', '🧴', '🌸', '💅', '🤍', '🌷'],
  handleWords: ['glow', 'beauty', 'makeup', 'skin', 'glam', 'blush'],
};
