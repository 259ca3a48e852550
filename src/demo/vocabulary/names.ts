// First and last names by naming tradition, for display names, handles and commenters.
export interface NamePool {
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
}

export const NAMES: Record<string, NamePool> = {
  en: {
    female: ['Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Grace', 'Lily', 'Sophie', 'Emily', 'Chloe', 'Ella', 'Ruby', 'Jess', 'Hannah', 'Lucy', 'Megan', 'Zoe', 'Holly', 'Abby', 'Madison', 'Harper', 'Chelsea', 'Ashley', 'Brooke', 'Kayla', 'Tara', 'Georgia', 'Freya', 'Poppy', 'Niamh', 'Erin', 'Amber', 'Jade', 'Leah', 'Kate', 'Rosie', 'Bella', 'Nina', 'Skye', 'Daisy'],
    male: ['Oliver', 'Jack', 'Harry', 'George', 'Noah', 'Leo', 'Charlie', 'James', 'Ethan', 'Mason', 'Liam', 'Tom', 'Sam', 'Ben', 'Josh', 'Ryan', 'Tyler', 'Connor', 'Jake', 'Luke', 'Dan', 'Alex', 'Callum', 'Owen'],
    last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Walker', 'Wright', 'Hughes', 'Green', 'Hall', 'Wood', 'Clarke', 'Baker', 'Turner', 'Hill', 'Cooper', 'Ward', 'Morgan', 'Parker', 'Bell', 'Reed', 'Hayes', 'Brooks', 'Murphy', 'Kelly', 'Carter', 'Miller', 'Davis', 'Moore', 'Harris', 'Bennett', 'Shaw', 'Fox', 'Lane', 'Price', 'Ross'],
  },
  de: {
    female: ['Lena', 'Hannah', 'Anna', 'Lea', 'Mia', 'Laura', 'Julia', 'Sarah', 'Lisa', 'Katharina', 'Johanna', 'Marie', 'Sophie', 'Nina', 'Franziska', 'Carla', 'Paula', 'Jana', 'Clara', 'Miriam', 'Theresa', 'Vanessa'],
    male: ['Lukas', 'Jonas', 'Leon', 'Felix', 'Maximilian', 'Paul', 'Niklas', 'Tim', 'Jan', 'Moritz', 'Florian', 'Tobias', 'Sebastian', 'Fabian'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Braun', 'Hofmann', 'Krüger', 'Lange', 'Vogel', 'Berger'],
  },
  es: {
    female: ['Lucía', 'Sofía', 'Martina', 'María', 'Paula', 'Julia', 'Valeria', 'Daniela', 'Carla', 'Alba', 'Elena', 'Laura', 'Irene', 'Sara', 'Noa', 'Claudia', 'Marta', 'Andrea', 'Camila', 'Valentina', 'Ximena', 'Inés'],
    male: ['Hugo', 'Mateo', 'Martín', 'Lucas', 'Pablo', 'Daniel', 'Álvaro', 'Javier', 'Diego', 'Sergio', 'Adrián', 'Santiago', 'Carlos', 'Marcos'],
    last: ['García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Vega', 'Castro'],
  },
  fr: {
    female: ['Emma', 'Louise', 'Jade', 'Alice', 'Chloé', 'Léa', 'Manon', 'Camille', 'Inès', 'Juliette', 'Clara', 'Margaux', 'Pauline', 'Élodie', 'Mathilde', 'Anaïs', 'Sarah', 'Océane', 'Lucie', 'Charlotte'],
    male: ['Gabriel', 'Louis', 'Raphaël', 'Arthur', 'Jules', 'Hugo', 'Lucas', 'Théo', 'Antoine', 'Maxime', 'Nicolas', 'Julien', 'Thomas', 'Baptiste'],
    last: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Girard', 'Bonnet'],
  },
  pt: {
    female: ['Ana', 'Beatriz', 'Mariana', 'Júlia', 'Larissa', 'Camila', 'Gabriela', 'Letícia', 'Fernanda', 'Isabela', 'Rafaela', 'Bruna', 'Carolina', 'Luana', 'Amanda', 'Inês', 'Leonor', 'Matilde', 'Carla', 'Sofia'],
    male: ['Miguel', 'Arthur', 'Davi', 'Gabriel', 'Pedro', 'Lucas', 'Rafael', 'Gustavo', 'Thiago', 'João', 'Bruno', 'Felipe', 'Tiago', 'Rodrigo'],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Sousa', 'Fernandes', 'Rocha', 'Barbosa', 'Teixeira', 'Moreira'],
  },
  it: {
    female: ['Giulia', 'Sofia', 'Aurora', 'Alice', 'Chiara', 'Francesca', 'Martina', 'Sara', 'Elisa', 'Federica', 'Valentina', 'Giorgia', 'Camilla', 'Beatrice', 'Alessia', 'Ilaria'],
    male: ['Leonardo', 'Francesco', 'Alessandro', 'Lorenzo', 'Matteo', 'Andrea', 'Marco', 'Luca', 'Davide', 'Simone', 'Giacomo', 'Federico'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Costa', 'Giordano', 'Mancini', 'Rizzo'],
  },
  nl: {
    female: ['Emma', 'Julia', 'Sophie', 'Tess', 'Sanne', 'Lotte', 'Fleur', 'Anouk', 'Noor', 'Eva', 'Lieke', 'Femke', 'Iris', 'Maud', 'Roos', 'Vera'],
    male: ['Daan', 'Sem', 'Lucas', 'Bram', 'Thijs', 'Jesse', 'Ruben', 'Lars', 'Stijn', 'Tim', 'Niels', 'Koen'],
    last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters'],
  },
  in: {
    female: ['Priya', 'Ananya', 'Aisha', 'Diya', 'Isha', 'Kavya', 'Meera', 'Nisha', 'Pooja', 'Riya', 'Sana', 'Shreya', 'Tanvi', 'Neha', 'Aditi', 'Kriti'],
    male: ['Aarav', 'Arjun', 'Rohan', 'Vikram', 'Karan', 'Rahul', 'Aditya', 'Siddharth', 'Nikhil', 'Varun', 'Dev', 'Kabir'],
    last: ['Sharma', 'Patel', 'Singh', 'Kumar', 'Gupta', 'Mehta', 'Iyer', 'Reddy', 'Nair', 'Kapoor', 'Malhotra', 'Joshi', 'Rao', 'Chopra', 'Bose', 'Desai'],
  },
  sv: {
    female: ['Alice', 'Maja', 'Elsa', 'Astrid', 'Wilma', 'Ebba', 'Freja', 'Saga', 'Linnea', 'Klara', 'Ida', 'Moa'],
    male: ['William', 'Hugo', 'Oscar', 'Elias', 'Axel', 'Erik', 'Viktor', 'Gustav', 'Filip', 'Anton'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindberg', 'Lindqvist', 'Berg'],
  },
};
