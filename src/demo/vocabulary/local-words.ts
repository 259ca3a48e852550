// What the German, Spanish, French and Portuguese writers say. Captions mix these frames with the
// niche's local nouns (and its English hashtags, as real creators do).
import type { Language } from './languages.ts';

export interface LocalWords {
  /** Caption openers with a `{noun}` slot. */
  lines: readonly string[];
  /** Follow-up questions to the audience. */
  questions: readonly string[];
  /** Bio patterns: `{role}` and `{city}`. */
  bios: readonly string[];
  /** Follower comments that fit any post. */
  comments: readonly string[];
  /** Short generic praise (the kind pods and bots leave). */
  generic: readonly string[];
  /** The creator answering a comment. */
  replies: readonly string[];
  /** Per niche: local nouns and bio roles. */
  niches: Record<string, { nouns: readonly string[]; roles: readonly string[] }>;
}

export const LOCAL_WORDS: Record<Exclude<Language, 'en'>, LocalWords> = {
  de: {
    lines: [
      'Mein neues Lieblingsteil: {noun} ✨',
      'Sommer, Sonne und {noun} ☀️',
      'Heute gibt es {noun}',
      'Endlich wieder Zeit für {noun}',
      'So einfach geht {noun}',
      'Kleines Update: {noun}',
      'Wochenende mit {noun}',
    ],
    questions: [
      'Wie gefällt es euch?',
      'Was sagt ihr dazu?',
      'Team 1 oder Team 2?',
      'Habt ihr Fragen? Schreibt sie in die Kommentare!',
    ],
    bios: ['{role} | aus {city}', '{role} 📍{city}', '{role} • {city}'],
    comments: [
      'Wo hast du das her?',
      'Sieht super aus!',
      'Richtig schön geworden',
      'Das muss ich ausprobieren',
      'Danke für den Tipp!',
      'Wie immer toll',
    ],
    generic: ['Toll! 😍', 'Wunderschön ❤️', 'Super 👍', 'Mega 🔥', 'Schön!'],
    replies: [
      'Danke dir! 💕',
      'Freut mich sehr 🥰',
      'Danke, Link ist in der Bio!',
      'Haha danke ❤️',
      'Ganz lieben Dank!',
    ],
    niches: {
      fashion: {
        nouns: ['das Sommerkleid', 'mein Outfit', 'die Leinenhose', 'die Jeansjacke'],
        roles: ['Mode & Alltag', 'Outfits für jeden Tag'],
      },
      footwear: {
        nouns: ['Barfußsandalen', 'neue Sandalen', 'Espadrilles', 'die Pediküre'],
        roles: ['Fußmodel 👣', 'Sandalen & Sommermode'],
      },
      accessories: {
        nouns: ['mein Fußkettchen', 'goldene Ketten', 'das Armband', 'Creolen'],
        roles: ['Schmuck & Fußkettchen', 'Accessoires-Liebe'],
      },
      beauty: {
        nouns: ['meine Pflegeroutine', 'das Sommer-Make-up', 'Sonnenschutz', 'Nageldesign'],
        roles: ['Beauty & Hautpflege', 'Visagistin'],
      },
      family: {
        nouns: ['unser Familientag', 'der Kita-Alltag', 'die Brotdose', 'das Abendritual'],
        roles: ['Mama von zwei', 'Familienalltag'],
      },
      interior: {
        nouns: ['unser Wohnzimmer', 'die Leseecke', 'die Bilderwand', 'der Flur'],
        roles: ['Wohnen & DIY', 'Altbauliebe'],
      },
      pets: {
        nouns: ['der Spaziergang', 'unser Hund', 'die Katze', 'das Training'],
        roles: ['Hundemama 🐶', 'Leben mit drei Katzen'],
      },
      travel: {
        nouns: ['der Roadtrip', 'die Altstadt', 'die Wanderung', 'der Strand'],
        roles: ['Reisen & Entdecken', 'Vanlife'],
      },
      other: {
        nouns: ['neue Fotos', 'mein Skizzenbuch', 'der Kaffee', 'der Sonnenuntergang'],
        roles: ['Fotografin', 'Musik & Kunst'],
      },
      fitness: {
        nouns: ['das Beintraining', 'der Halbmarathon', 'Kreuzheben', 'der Trainingsplan'],
        roles: ['Personal Trainerin', 'Laufen & Kraft'],
      },
      home_workouts: {
        nouns: ['das Workout für zu Hause', 'Pilates', 'der Yoga-Flow', 'das Core-Training'],
        roles: ['Workouts für zu Hause', 'Yogalehrerin'],
      },
      food: {
        nouns: ['das Sauerteigbrot', 'der Nudelauflauf', 'der Bananenkuchen', 'das Abendessen'],
        roles: ['Hobbyköchin', 'Backen & Kochen'],
      },
      vegan_food: {
        nouns: ['vegane Brownies', 'das Kichererbsen-Curry', 'die Buddha Bowl', 'vegane Pancakes'],
        roles: ['Vegane Rezepte 🌱', 'Pflanzlich kochen'],
      },
    },
  },
  es: {
    lines: [
      'Mi nuevo favorito: {noun} ✨',
      'Verano, sol y {noun} ☀️',
      'Hoy toca {noun}',
      'Por fin {noun}',
      'Así de fácil: {noun}',
      'Fin de semana con {noun}',
      'Os enseño {noun}',
    ],
    questions: ['¿Qué os parece?', '¿Cuál elegís, 1 o 2?', '¿Os gusta?', 'Contadme en comentarios 👇'],
    bios: ['{role} | {city}', '{role} 📍{city}', '{role} • desde {city}'],
    comments: [
      '¿De dónde es?',
      '¡Qué bonito!',
      'Me encanta cómo queda',
      'Tengo que probarlo',
      'Gracias por la idea',
      'Precioso todo',
    ],
    generic: ['Precioso 😍', '¡Qué bonito!', 'Me encanta ❤️', 'Top 🔥', 'Guapísima'],
    replies: ['¡Gracias guapa! 💕', 'Me alegro mucho 🥰', '¡Gracias! Link en la bio', 'Jaja gracias ❤️', 'Mil gracias!'],
    niches: {
      fashion: {
        nouns: ['el vestido de verano', 'mi look', 'el conjunto de lino', 'la chaqueta vaquera'],
        roles: ['Moda y estilo', 'Looks para cada día'],
      },
      footwear: {
        nouns: ['las sandalias descalzas', 'sandalias nuevas', 'alpargatas', 'la pedicura'],
        roles: ['Modelo de pies 👣', 'Sandalias y moda de verano'],
      },
      accessories: {
        nouns: ['mi tobillera', 'collares dorados', 'la pulsera', 'los aros'],
        roles: ['Joyas y tobilleras', 'Amante de los accesorios'],
      },
      beauty: {
        nouns: ['mi rutina de skincare', 'el maquillaje de verano', 'el protector solar', 'las uñas'],
        roles: ['Belleza y skincare', 'Maquilladora'],
      },
      family: {
        nouns: ['nuestro día en familia', 'la vuelta al cole', 'la merienda', 'la rutina de noche'],
        roles: ['Mamá de dos', 'Vida en familia'],
      },
      interior: {
        nouns: ['nuestro salón', 'el rincón de lectura', 'la pared de cuadros', 'el recibidor'],
        roles: ['Decoración y DIY', 'Casa nórdica'],
      },
      pets: {
        nouns: ['el paseo', 'mi perro', 'la gata', 'el adiestramiento'],
        roles: ['Mamá perruna 🐶', 'Vida con gatos'],
      },
      travel: {
        nouns: ['la ruta en coche', 'el casco antiguo', 'la excursión', 'la cala'],
        roles: ['Viajes y escapadas', 'Viajera low cost'],
      },
      other: {
        nouns: ['fotos nuevas', 'mi cuaderno', 'el café', 'la puesta de sol'],
        roles: ['Fotógrafa', 'Música y arte'],
      },
      fitness: {
        nouns: ['el día de pierna', 'la media maratón', 'el peso muerto', 'mi plan de entreno'],
        roles: ['Entrenadora personal', 'Running y fuerza'],
      },
      home_workouts: {
        nouns: ['el entreno en casa', 'pilates', 'el flow de yoga', 'el core'],
        roles: ['Entrenos en casa', 'Profe de yoga'],
      },
      food: {
        nouns: ['el pan de masa madre', 'la tortilla', 'el bizcocho', 'la cena'],
        roles: ['Cocina casera', 'Recetas fáciles'],
      },
      vegan_food: {
        nouns: ['brownies veganos', 'el curry de garbanzos', 'el bowl', 'tortitas veganas'],
        roles: ['Recetas veganas 🌱', 'Cocina plant based'],
      },
    },
  },
  fr: {
    lines: [
      'Mon nouveau coup de cœur : {noun} ✨',
      'Soleil, été et {noun} ☀️',
      "Aujourd'hui : {noun}",
      'Enfin le retour de {noun}',
      'Tout simple : {noun}',
      'Week-end avec {noun}',
      'Petit moment : {noun}',
    ],
    questions: ['Vous en pensez quoi ?', 'Plutôt 1 ou 2 ?', 'Ça vous plaît ?', 'Dites-moi tout en commentaire 👇'],
    bios: ['{role} | {city}', '{role} 📍{city}', '{role} • basée à {city}'],
    comments: [
      "C'est d'où ?",
      'Trop joli !',
      "J'adore le rendu",
      'Il faut que je teste',
      "Merci pour l'idée",
      'Magnifique comme toujours',
    ],
    generic: ['Magnifique 😍', 'Trop beau ❤️', "J'adore", 'Top 🔥', 'Sublime'],
    replies: [
      'Merci beaucoup ! 💕',
      'Ça me fait plaisir 🥰',
      'Merci ! Le lien est en bio',
      'Haha merci ❤️',
      'Merci à toi !',
    ],
    niches: {
      fashion: {
        nouns: ["la robe d'été", 'mon look', "l'ensemble en lin", 'la veste en jean'],
        roles: ['Mode et lifestyle', 'Looks du quotidien'],
      },
      footwear: {
        nouns: ['les sandales pieds nus', 'mes nouvelles sandales', 'les espadrilles', 'la pédicure'],
        roles: ['Mannequin pieds 👣', "Sandales et mode d'été"],
      },
      accessories: {
        nouns: ['ma chaîne de cheville', 'les colliers dorés', 'le bracelet', 'les créoles'],
        roles: ['Bijoux et chaînes de cheville', 'Accessoires'],
      },
      beauty: {
        nouns: ['ma routine skincare', "le maquillage d'été", 'la crème solaire', 'le nail art'],
        roles: ['Beauté et soin', 'Maquilleuse'],
      },
      family: {
        nouns: ['notre journée en famille', 'la rentrée', 'le goûter', 'le rituel du soir'],
        roles: ['Maman de deux', 'Vie de famille'],
      },
      interior: {
        nouns: ['notre salon', 'le coin lecture', 'le mur de cadres', "l'entrée"],
        roles: ['Déco et DIY', 'Appartement haussmannien'],
      },
      pets: {
        nouns: ['la balade', 'mon chien', 'la chatte', "l'éducation"],
        roles: ['Maman de chien 🐶', 'Vie avec trois chats'],
      },
      travel: {
        nouns: ['le road trip', 'la vieille ville', 'la randonnée', 'la crique'],
        roles: ['Voyages et escapades', 'Vanlife'],
      },
      other: {
        nouns: ['nouvelles photos', 'mon carnet', 'le café', 'le coucher de soleil'],
        roles: ['Photographe', 'Musique et art'],
      },
      fitness: {
        nouns: ['la séance jambes', 'le semi-marathon', 'le soulevé de terre', 'mon programme'],
        roles: ['Coach sportive', 'Course et musculation'],
      },
      home_workouts: {
        nouns: ['la séance à la maison', 'le pilates', 'le flow de yoga', 'les abdos'],
        roles: ['Sport à la maison', 'Prof de yoga'],
      },
      food: {
        nouns: ['le pain au levain', 'le gratin', 'le cake au citron', 'le dîner'],
        roles: ['Cuisine maison', 'Recettes faciles'],
      },
      vegan_food: {
        nouns: ['des brownies vegan', 'le curry de pois chiches', 'le bowl', 'des pancakes vegan'],
        roles: ['Recettes vegan 🌱', 'Cuisine végétale'],
      },
    },
  },
  pt: {
    lines: [
      'Meu novo favorito: {noun} ✨',
      'Verão, sol e {noun} ☀️',
      'Hoje tem {noun}',
      'Finalmente {noun}',
      'Fácil assim: {noun}',
      'Fim de semana com {noun}',
      'Mostrando {noun} pra vocês',
    ],
    questions: ['O que acharam?', 'Qual vocês escolhem, 1 ou 2?', 'Gostaram?', 'Me contem nos comentários 👇'],
    bios: ['{role} | {city}', '{role} 📍{city}', '{role} • de {city}'],
    comments: [
      'Onde você comprou?',
      'Que lindo!',
      'Amei o resultado',
      'Preciso testar',
      'Obrigada pela dica',
      'Perfeito como sempre',
    ],
    generic: ['Lindo demais 😍', 'Amei ❤️', 'Perfeita!', 'Top 🔥', 'Maravilhosa'],
    replies: [
      'Obrigada, linda! 💕',
      'Que bom que gostou 🥰',
      'Obrigada! Link na bio',
      'Haha obrigada ❤️',
      'Muito obrigada!',
    ],
    niches: {
      fashion: {
        nouns: ['o vestido de verão', 'meu look', 'o conjunto de linho', 'a jaqueta jeans'],
        roles: ['Moda e estilo', 'Looks do dia a dia'],
      },
      footwear: {
        nouns: ['sandálias de pés descalços', 'sandálias novas', 'alpargatas', 'a pedicure'],
        roles: ['Modelo de pés 👣', 'Sandálias e moda verão'],
      },
      accessories: {
        nouns: ['minha tornozeleira', 'colares dourados', 'a pulseira', 'as argolas'],
        roles: ['Joias e tornozeleiras', 'Apaixonada por acessórios'],
      },
      beauty: {
        nouns: ['minha rotina de skincare', 'a make de verão', 'o protetor solar', 'as unhas'],
        roles: ['Beleza e skincare', 'Maquiadora'],
      },
      family: {
        nouns: ['nosso dia em família', 'a volta às aulas', 'o lanche', 'a rotina da noite'],
        roles: ['Mãe de dois', 'Vida em família'],
      },
      interior: {
        nouns: ['nossa sala', 'o cantinho de leitura', 'a parede de quadros', 'a entrada'],
        roles: ['Decoração e DIY', 'Apê alugado'],
      },
      pets: {
        nouns: ['o passeio', 'meu cachorro', 'a gata', 'o adestramento'],
        roles: ['Mãe de pet 🐶', 'Vida com gatos'],
      },
      travel: {
        nouns: ['a viagem de carro', 'o centro histórico', 'a trilha', 'a praia'],
        roles: ['Viagens e roteiros', 'Viajante econômica'],
      },
      other: { nouns: ['fotos novas', 'meu caderno', 'o café', 'o pôr do sol'], roles: ['Fotógrafa', 'Música e arte'] },
      fitness: {
        nouns: ['o treino de perna', 'a meia maratona', 'o levantamento terra', 'meu plano de treino'],
        roles: ['Personal trainer', 'Corrida e musculação'],
      },
      home_workouts: {
        nouns: ['o treino em casa', 'o pilates', 'o yoga', 'o abdômen'],
        roles: ['Treino em casa', 'Professora de yoga'],
      },
      food: {
        nouns: ['o pão de fermentação natural', 'a lasanha', 'o bolo de banana', 'o jantar'],
        roles: ['Cozinha caseira', 'Receitas fáceis'],
      },
      vegan_food: {
        nouns: ['brownies veganos', 'o curry de grão-de-bico', 'o bowl', 'panquecas veganas'],
        roles: ['Receitas veganas 🌱', 'Cozinha plant based'],
      },
    },
  },
};

/** English counterparts of the frames above. */
export const ENGLISH_WORDS = {
  questions: [
    'Which one is your favourite?',
    'Would you wear this?',
    'Thoughts?',
    'Tell me in the comments 👇',
    '1 or 2?',
    'Save this for later!',
  ],
  bios: ['{role} | {city}', '{role} 📍{city}', '{role} • based in {city}', '{role} — {line}'],
  generic: [
    'nice pic 🔥',
    'love this',
    'amazing',
    'great post!',
    'wow',
    'so cute',
    'beautiful ❤️',
    'Nice 👍',
    'stunning',
    'gorgeous 😍',
    'looks great',
    'awesome!',
    'love it',
    'perfect',
    'nice',
  ],
  emojiOnly: ['😍😍😍', '🔥🔥', '❤️', '👏👏👏', '💯💯', '😍', '🔥', '🙌', '❤️❤️', '✨✨', '👏', '💕'],
  replies: [
    'thank you so much! 💕',
    'aw thanks lovely 🥰',
    'yes! link in my bio',
    'haha thank you ❤️',
    'so glad you like it!',
    'thank you!! 🙏',
    'it is! totally recommend',
    'thanks babe 💛',
  ],
} as const;
