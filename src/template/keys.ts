/** The keys of the criteria templates Set up offers, in the order it offers them. */
export const TEMPLATE_KEYS = ['so-nganh', 'cap-xa', 'cap-huyen'] as const;

export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** The file beside Code.js that holds every template's criteria sheet in both languages (the build writes it). */
export const TEMPLATES_FILE = 'Templates';
