// The niche taxonomy: the nine categories of Kim et al. (WWW 2020; their "pet" is "pets") plus the niches microreach's users
// asked for. Each has words that signal it in bios, captions and hashtags (stemmed when used).
export const NICHES = {
  beauty:
    'makeup skincare skin beauty lipstick foundation mascara eyeliner glow serum cosmetics brows lashes contour highlighter nails manicure haircare hairstyle blush concealer moisturiser sunscreen',
  family:
    'family mom mum dad parenting baby babies toddler kids children motherhood fatherhood pregnancy newborn siblings momlife dadlife homeschool bedtime nursery',
  fashion:
    'fashion outfit ootd style styling wardrobe dress denim streetstyle lookbook trend trends designer vintage thrift summerfashion outfitinspo linen blazer',
  fitness:
    'fitness gym workout training muscle cardio strength lifting squat deadlift athlete running marathon crossfit bodybuilding gains protein coach',
  food: 'food recipe recipes cooking baking foodie dinner lunch breakfast dessert chef kitchen delicious homemade restaurant pasta bread cake brunch',
  interior:
    'interior interiors decor homedecor design livingroom bedroom furniture renovation styling plants cozy minimalist scandinavian diy shelf lighting',
  pets: 'pet pets dog dogs puppy cat cats kitten petsofinstagram doglover catlover rescue adoptdontshop vet paws leash grooming treats',
  travel:
    'travel wanderlust trip vacation holiday beach adventure explore hiking backpacking roadtrip island city passport hotel sunset mountains',
  footwear:
    'shoes shoe sandals sandal barefoot sneakers heels boots footwear feet foot footmodel pedicure toes sole soles slides loafers trainers',
  accessories:
    'accessories accessory anklet anklets jewelry jewellery necklace bracelet bracelets earrings rings ring handbag bag bags sunglasses watch charms',
  home_workouts:
    'homeworkout homeworkouts workout yoga pilates mat dumbbells resistance bands hiit stretching bodyweight livingroomworkout athome mobility core abs',
  vegan_food:
    'vegan plantbased veganfood veganrecipes tofu tempeh lentils chickpeas dairyfree meatless veggie vegetables plant oatmilk crueltyfree whole foods',
  other: '',
} as const satisfies Record<string, string>;

export type NicheCategory = keyof typeof NICHES;
export const NICHE_CATEGORIES = Object.keys(NICHES) as NicheCategory[];
