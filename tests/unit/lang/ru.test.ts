// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/ru.json.
import { runLanguageCases } from './run-cases';

runLanguageCases('ru');
