// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/zh.json.
import { runLanguageCases } from './run-cases';

runLanguageCases('zh');
