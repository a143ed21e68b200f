// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/ru.json.
import { runNativeCases } from './native-cases';

runNativeCases('ru');
