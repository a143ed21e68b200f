// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/uk.json.
import { runNativeCases } from './native-cases';

runNativeCases('uk');
