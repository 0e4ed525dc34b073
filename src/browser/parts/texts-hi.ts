// The first layer's texts in this language, the countries and companies it names: with the banner, all a first visit shows.
export * from '../../ui/i18n/hi';
