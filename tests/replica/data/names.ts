/** Buyer names and cities per message language (fictional combinations). */
import type { Language } from '../../../lib/model';

export const FIRST_NAMES: Record<Language, readonly string[]> = {
  en: ['James', 'Mary', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'David', 'Linda', 'Sarah', 'Daniel', 'Emily', 'Chris', 'Olivia', 'Matthew', 'Grace', 'Ryan', 'Hannah', 'Tyler', 'Megan', 'Oliver'],
  de: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Sophie', 'Maximilian', 'Marie', 'Paul', 'Laura', 'Tobias', 'Katrin', 'Stefan', 'Julia', 'Jürgen', 'Sabine'],
  fr: ['Louis', 'Camille', 'Hugo', 'Manon', 'Lucas', 'Chloé', 'Théo', 'Léa', 'Nathan', 'Inès', 'Julien', 'Élodie', 'Mathieu', 'Céline'],
  it: ['Francesco', 'Giulia', 'Alessandro', 'Chiara', 'Lorenzo', 'Sofia', 'Matteo', 'Martina', 'Andrea', 'Federica', 'Luca', 'Elena'],
  es: ['Alejandro', 'Lucía', 'Pablo', 'María', 'Javier', 'Carmen', 'Diego', 'Paula', 'Sergio', 'Laura', 'Álvaro', 'Marta'],
  ja: ['翔太', '美咲', '大輔', '由美', '健太', '陽子', '拓也', '恵', '直樹', '彩', '裕子', '誠'],
};

export const LAST_NAMES: Record<Language, readonly string[]> = {
  en: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Evans', 'Roberts', 'Campbell'],
  de: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter'],
  fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefèvre', 'Girard'],
  it: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo'],
  es: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Ruiz', 'Díaz'],
  ja: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'],
};

export const CITIES: Record<string, readonly string[]> = {
  US: ['Denver', 'Austin', 'Columbus', 'Portland', 'Atlanta', 'Phoenix', 'Memphis', 'Tampa'],
  CA: ['Toronto', 'Calgary', 'Ottawa', 'Halifax', 'Winnipeg', 'Vancouver'],
  UK: ['Leeds', 'Bristol', 'Glasgow', 'Cardiff', 'Norwich', 'Brighton'],
  DE: ['Leipzig', 'Köln', 'Bremen', 'Nürnberg', 'Dortmund', 'Kassel'],
  FR: ['Lyon', 'Lille', 'Nantes', 'Bordeaux', 'Rennes', 'Toulouse'],
  IT: ['Torino', 'Bologna', 'Firenze', 'Verona', 'Bari', 'Genova'],
  ES: ['Valencia', 'Sevilla', 'Zaragoza', 'Bilbao', 'Málaga', 'Murcia'],
  JP: ['大阪', '名古屋', '札幌', '福岡', '横浜', '仙台'],
};

/** How Amazon shows a buyer: Western "First Last", Japanese "Last First". */
export const fullName = (lang: Language, first: string, last: string): string =>
  lang === 'ja' ? `${last} ${first}` : `${first} ${last}`;
