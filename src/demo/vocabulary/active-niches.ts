// Vocabulary of the fitness and food niches, with their narrower cousins home workouts and
// vegan food.
import type { NicheWords } from './niche-words.ts';

export const fitness: NicheWords = {
  nouns: ['leg day', 'deadlift', 'running plan', 'mobility routine', 'protein breakfast', 'half marathon', 'gym session', 'pull-up progress', 'recovery day', 'training split', 'kettlebell flow', 'squat form'],
  adjectives: ['heavy', 'sweaty', 'strong', 'quick', 'full-body', 'early', 'brutal', 'steady', 'new', 'honest'],
  lines: [
    'Today\'s {adj} {noun} 💪', 'Form check: {noun}', 'Six months of {noun} progress', 'My {adj} {noun} for beginners',
    'Consistency over intensity', 'PB day! {adj} {noun}', 'What I eat after a {noun}', 'Rest is part of the plan: {noun}',
    'Try this {adj} {noun} and tell me how it went', 'Marathon training week 12',
  ],
  roles: ['Personal trainer', 'Strength coach 🏋️‍♀️', 'Runner', 'Powerlifter', 'Fitness & nutrition', 'Gym beginner, documenting'],
  bioLines: ['Online coaching, link below', 'Lift heavy, rest well', 'Running my first marathon', 'Form tips every Monday', 'Strength for everyday life'],
  hashtags: ['fitness', 'gym', 'workout', 'fitfam', 'strengthtraining', 'running', 'legday', 'fitnessmotivation', 'personaltrainer', 'gymlife', 'powerlifting', 'training'],
  brands: ['ironpeak', 'proteinpantry', 'stridelab', 'rivalbrand', 'liftwear.co', 'solestory'],
  comments: ['great form!', 'how many sets?', 'saving this for leg day', 'strong 💪', 'what shoes are those?', 'so motivating', 'how long did it take you?', 'trying this tomorrow', 'love your progress', 'beast mode'],
  emojis: ['💪', '🏋️‍♀️', '🔥', '🏃‍♀️', '⚡', '✅'],
  handleWords: ['fit', 'lifts', 'strong', 'runs', 'trains', 'gains'],
};

export const home_workouts: NicheWords = {
  nouns: ['home workout', 'living room HIIT', 'yoga flow', 'pilates routine', 'resistance band workout', 'ten-minute core', 'stretching routine', 'no-equipment workout', 'morning mobility', 'dumbbell circuit'],
  adjectives: ['quick', 'quiet', 'no-jump', 'beginner', 'low-impact', 'full-body', 'gentle', 'ten-minute', 'sweaty', 'apartment-friendly'],
  lines: [
    '{adj} {noun} you can do in your living room', 'No gym, no problem: {noun}', 'Save this {adj} {noun} for tomorrow morning',
    'Neighbour-friendly {noun}: no jumping!', 'My {adj} {noun} after the school run', 'Just a mat and 20 minutes',
    'Day 14 of the {noun} challenge', 'Postpartum-friendly {noun}', 'Feeling strong at home 💛',
  ],
  roles: ['Home workouts', 'Pilates at home', 'Online yoga teacher', 'Postnatal fitness coach', 'Workouts for busy mums', 'No-equipment training'],
  bioLines: ['Free workouts every week', 'Fit in 20 minutes a day', 'Low-impact, joint-friendly', 'Home workouts for beginners', 'Live classes on Sundays'],
  hashtags: ['homeworkout', 'workoutathome', 'pilates', 'yoga', 'hiit', 'noequipmentworkout', 'fitmum', 'homegym', 'coreworkout', 'lowimpact', 'fitnessathome', 'stretching'],
  brands: ['flowmat', 'bandsandbeyond', 'zenstretch', 'rivalbrand', 'ironpeak', 'solestory'],
  comments: ['doing this tonight!', 'finally something quiet for my flat', 'my core is shaking 😂', 'how many rounds?', 'perfect for beginners', 'love these', 'thank you, exactly what I needed', 'where is your mat from?', 'did it this morning!', 'so doable'],
  emojis: ['🧘‍♀️', '💛', '🔥', '✨', '💪', '🌿'],
  handleWords: ['moves', 'flow', 'pilates', 'homefit', 'yoga', 'stretch'],
};

export const food: NicheWords = {
  nouns: ['sourdough', 'pasta bake', 'weeknight dinner', 'brunch', 'banana bread', 'one-pot curry', 'tray bake', 'cinnamon rolls', 'summer salad', 'lemon cake', 'meal prep', 'street food'],
  adjectives: ['easy', 'cheesy', 'crispy', 'cosy', 'fresh', 'quick', 'homemade', 'zesty', 'spicy', 'golden', 'fluffy', 'budget'],
  lines: [
    '{adj} {noun} in 30 minutes', 'Recipe below 👇 {adj} {noun}', 'The {noun} my family asks for every week', 'Saturday {noun} done right',
    'You need this {adj} {noun} in your life', 'Budget {noun} for four', 'Tried and tested: {adj} {noun}', 'Comfort food alert: {noun}',
    'Five ingredients, one {adj} {noun}', 'Baking day: {noun}',
  ],
  roles: ['Home cook', 'Recipe developer 🍝', 'Baker', 'Easy family recipes', 'Food photographer', 'Street food hunter'],
  bioLines: ['Easy recipes, real kitchens', 'New recipe every Wednesday', 'Cooking on a budget', 'Cookbook out now', 'Sourdough obsessed'],
  hashtags: ['recipe', 'foodie', 'homecooking', 'baking', 'food', 'easyrecipes', 'dinnerideas', 'foodphotography', 'comfortfood', 'sourdough', 'mealprep', 'foodblogger'],
  brands: ['saltandsaffron', 'crumbco', 'kitchenkind', 'rivalbrand', 'oliveandthyme', 'panpride'],
  comments: ['recipe please!', 'this looks delicious', 'making this tonight', 'can I use gluten-free flour?', 'yum 😋', 'how long in the oven?', 'my kids loved it', 'saving this', 'looks so good', 'that crust!'],
  emojis: ['😋', '🍝', '🥖', '🍋', '🔥', '👩‍🍳', '🍰'],
  handleWords: ['kitchen', 'eats', 'bakes', 'cooks', 'table', 'recipes'],
};

export const vegan_food: NicheWords = {
  nouns: ['vegan brownies', 'tofu scramble', 'chickpea curry', 'plant-based burger', 'oat milk latte', 'lentil soup', 'vegan cheesecake', 'buddha bowl', 'tempeh tacos', 'meal prep', 'smoothie bowl', 'vegan pancakes'],
  adjectives: ['plant-based', 'creamy', 'easy', 'protein-packed', 'dairy-free', 'cosy', 'zesty', 'colourful', 'quick', 'budget'],
  lines: [
    '{adj} {noun} that even my non-vegan friends love', 'Vegan {noun} in 20 minutes 🌱', 'Plant-based meal prep: {noun}',
    'You won\'t believe this {noun} is vegan', 'Protein-packed {adj} {noun}', 'Veganuary favourite: {noun}', 'Recipe below 👇 {adj} {noun}',
    'Three ways with {noun}', 'Budget vegan dinner: {adj} {noun}',
  ],
  roles: ['Vegan recipes 🌱', 'Plant-based cook', 'Vegan baker', 'Plant-based athlete', 'Vegan on a budget', 'Eating plants since 2015'],
  bioLines: ['Easy vegan recipes', 'Plant-based and proud', 'High-protein vegan meals', 'Vegan baking without weird ingredients', 'Recipes below every post'],
  hashtags: ['vegan', 'plantbased', 'veganfood', 'veganrecipes', 'whatveganseat', 'vegansofig', 'dairyfree', 'plantbasedrecipes', 'veganbaking', 'govegan', 'healthyfood', 'veganmealprep'],
  brands: ['sproutandstone', 'oatandalmond', 'greenplate.co', 'rivalbrand', 'saltandsaffron', 'kitchenkind'],
  comments: ['is this really vegan?!', 'making this tonight 🌱', 'recipe please!', 'can I swap the tofu?', 'looks amazing', 'my partner is not vegan and loved it', 'so much protein', 'yum 😋', 'saving this', 'best vegan brownies ever'],
  emojis: ['🌱', '🥑', '💚', '😋', '🥗', '🌿'],
  handleWords: ['plants', 'vegan', 'green', 'plantbased', 'sprouts', 'veg'],
};
