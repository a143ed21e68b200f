// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/th.json.
import { runNativeCases } from './native-cases';

runNativeCases('th');
