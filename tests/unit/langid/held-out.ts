// Held-out sentences for the language identifier, written for these tests and never used in training.
// Each language has ordinary sentences and short ads of about fifteen words, the hard case in practice.
export const HELD_OUT: Record<string, string[]> = {
  en: [
    'The bus to the airport leaves every twenty minutes from the main square, but on Sundays it runs less often.',
    'My grandmother grew tomatoes in the garden and gave most of them away to the neighbours.',
    'Hiring waitresses for a busy restaurant, evening shifts, tips shared, call Maria for details.',
    'Warehouse packers needed immediately, no experience required, weekly pay, overtime available on weekends.',
    'Earn money from home typing short messages, flexible hours, message us on Telegram today.',
    'Nanny wanted for two children, live-in position abroad, flight and visa paid by the family.',
  ],
  es: [
    'El autobús al aeropuerto sale cada veinte minutos desde la plaza mayor, pero los domingos pasa menos.',
    'Mi abuela cultivaba tomates en el huerto y regalaba casi todos a los vecinos del barrio.',
    'Se busca camarera para restaurante en el centro, turno de noche, propinas compartidas, llamar a María.',
    'Necesitamos personal para almacén, sin experiencia, pago semanal y horas extra los fines de semana.',
    'Gana dinero desde casa escribiendo mensajes cortos, horario flexible, escríbenos por Telegram hoy mismo.',
    'Trabajo en España para chicas jóvenes, te pagamos el pasaje y lo descuentas de tu sueldo.',
  ],
  pt: [
    'O ônibus para o aeroporto sai a cada vinte minutos da praça principal, mas aos domingos passa menos.',
    'A minha avó plantava tomates na horta e dava quase todos aos vizinhos da rua.',
    'Precisa-se de garçonete para restaurante no centro, turno da noite, gorjetas divididas, falar com a Maria.',
    'Vagas para auxiliar de estoque, sem experiência, pagamento semanal e horas extras aos fins de semana.',
    'Ganhe dinheiro em casa digitando mensagens curtas, horário flexível, chama no Telegram ainda hoje.',
    'Trabalho em Portugal para moças bonitas, a passagem é por nossa conta e você paga depois com o salário.',
  ],
  fr: [
    "Le bus pour l'aéroport part toutes les vingt minutes de la place principale, mais le dimanche il passe moins souvent.",
    'Ma grand-mère cultivait des tomates dans le jardin et en donnait presque toutes aux voisins.',
    'Recherche serveuse pour restaurant du centre-ville, service du soir, pourboires partagés, demandez Marie.',
    'Besoin urgent de manutentionnaires, sans expérience, paie chaque semaine, heures supplémentaires le samedi.',
    'Gagnez de l’argent depuis chez vous en tapant des messages, horaires libres, contactez-nous sur WhatsApp.',
    'Travail en Europe pour jeunes filles, billet payé par nous et remboursé sur votre salaire.',
  ],
  ro: [
    'Autobuzul spre aeroport pleacă la fiecare douăzeci de minute din piața centrală, dar duminica circulă mai rar.',
    'Bunica mea creștea roșii în grădină și le dădea aproape pe toate vecinilor.',
    'Angajăm ospătăriță pentru restaurant în centru, tura de seară, bacșișul se împarte, sunați la Maria.',
    'Angajam muncitori necalificati in depozit, fara experienta, plata saptamanal si ore suplimentare platite.',
    'Câștigă bani de acasă scriind mesaje scurte, program flexibil, scrie-ne pe Telegram chiar azi.',
    'Munca in Germania pentru fete tinere, biletul il platim noi si il retinem din salariu.',
  ],
  tl: [
    'Umaalis ang bus papuntang airport tuwing dalawampung minuto mula sa plaza, pero mas madalang kapag Linggo.',
    'Nagtatanim ng kamatis ang lola ko sa bakuran at ibinibigay niya halos lahat sa mga kapitbahay.',
    'Hiring ng waitress para sa restaurant sa bayan, panggabi ang shift, hati ang tip, tawagan si Maria.',
    'Kailangan ng taga-empake sa bodega, kahit walang karanasan, lingguhan ang sahod at may overtime.',
    'Kumita ng pera sa bahay habang nagta-type ng maikling mensahe, pumili ka ng oras, i-message kami.',
    'Trabaho sa Dubai para sa mga dalaga, sagot namin ang ticket at ibabawas na lang sa sahod mo.',
  ],
  id: [
    'Bus ke bandara berangkat setiap dua puluh menit dari alun-alun, tetapi pada hari Minggu lebih jarang.',
    'Nenek saya menanam tomat di kebun dan membagikan hampir semuanya kepada para tetangga.',
    'Dicari pelayan wanita untuk restoran di pusat kota, sif malam, tip dibagi rata, hubungi Ibu Sari.',
    'Lowongan kerja bagian gudang, tanpa pengalaman, gaji mingguan dan lembur dibayar pada akhir pekan.',
    'Dapatkan uang dari rumah hanya dengan mengetik pesan singkat, waktu bebas, chat kami di Telegram.',
    'Kerja di Malaysia untuk gadis muda, tiket ditanggung agensi dan dipotong dari gaji nanti.',
    'Jawatan kosong pembantu kedai, gaji lumayan, tempat tinggal disediakan, sila hubungi kami segera.',
  ],
  vi: [
    'Xe buýt ra sân bay cứ hai mươi phút lại có một chuyến từ quảng trường, nhưng chủ nhật thì ít hơn.',
    'Bà tôi trồng cà chua trong vườn rồi đem cho gần hết hàng xóm.',
    'Tuyển nữ phục vụ nhà hàng ở trung tâm, ca tối, tiền tip chia đều, liên hệ chị Mai.',
    'Can tuyen gap nhan vien dong goi, khong can kinh nghiem, luong tra theo tuan, co tang ca.',
    'Kiếm tiền tại nhà bằng cách gõ tin nhắn ngắn, giờ giấc tự do, nhắn Telegram cho chúng tôi.',
    'Việc làm ở Campuchia lương cao, bao vé máy bay, không cần kinh nghiệm, đi ngay tuần sau.',
  ],
  ru: [
    'Автобус в аэропорт отходит от главной площади каждые двадцать минут, а по воскресеньям реже.',
    'Бабушка выращивала помидоры в огороде и почти все раздавала соседям.',
    'Требуется официантка в ресторан в центре, вечерние смены, чаевые делим, спросить Марию.',
    'Работа на складе без опыта, оплата еженедельно, подработка в выходные, звоните прямо сейчас.',
    'Заработок дома на наборе коротких сообщений, свободный график, пишите нам в Телеграм.',
    'Работа в Турции для молодых девушек, билеты оплачиваем, потом вычтем из зарплаты.',
  ],
  uk: [
    'Автобус до аеропорту відходить від головної площі щодвадцять хвилин, а в неділю рідше.',
    'Бабуся вирощувала помідори на городі й майже все роздавала сусідам.',
    'Потрібна офіціантка в ресторан у центрі, вечірні зміни, чайові ділимо, питати Марію.',
    'Робота на складі без досвіду, оплата щотижня, підробіток у вихідні, телефонуйте вже зараз.',
    'Заробіток вдома на наборі коротких повідомлень, вільний графік, пишіть нам у Телеграм.',
    'Робота в Польщі для молодих дівчат, квитки оплачуємо, потім відрахуємо із зарплати.',
  ],
  bg: [
    'Автобусът до летището тръгва от централния площад на всеки двайсет минути, а в неделя по-рядко.',
    'Баба ми садеше домати в градината и раздаваше почти всичките на съседите.',
    'Търси се сервитьорка за ресторант в центъра, вечерни смени, бакшишите се делят, питайте за Мария.',
    'Работа в склад без опит, заплащане всяка седмица, допълнителна работа през почивните дни.',
    'Печелете пари от вкъщи, като пишете кратки съобщения, свободно време, пишете ни в Телеграм.',
    'Работа в Гърция за млади момичета, билетите са за наша сметка, после ги удържаме от заплатата.',
  ],
  th: ['รับสมัครพนักงานเสิร์ฟร้านอาหาร กะกลางคืน ไม่ต้องมีประสบการณ์ ติดต่อไลน์'],
  zh: ['高薪招聘客服人员，包机票，无需经验，月薪过万，联系微信。'],
};

/** Text the model must not claim for a supported language. */
export const OTHER_LANGUAGES: { text: string; allowed: string[] }[] = [
  {
    text: 'Wir suchen ab sofort freundliche Verkäuferinnen für unsere Bäckerei, Bezahlung nach Tarif.',
    allowed: ['de'],
  },
  {
    text: 'Cerchiamo cameriere per il nostro ristorante in centro, turno serale, chiamare Giulia.',
    allowed: ['it'],
  },
  {
    text: 'Szukamy pracowników do magazynu, umowa o pracę, wynagrodzenie co tydzień, zadzwoń teraz.',
    allowed: ['und', 'pl'],
  },
  {
    text: 'Tunatafuta wafanyakazi wa kiwanda huko Nairobi. Mshahara mzuri na mkataba wa kudumu. Wasiliana nasi kwa simu.',
    allowed: ['und', 'sw'],
  },
  {
    text: 'Fabrikamız için işçi arıyoruz, sigortalı ve düzenli maaş, hemen arayın.',
    allowed: ['und', 'tr'],
  },
  {
    text: 'Muna neman direbobi masu lasisi, albashi kowane wata, a kira mu yanzu.',
    allowed: ['und', 'ha'],
  },
  { text: 'お問い合わせはこちらのフォームからお願いします。担当者より連絡いたします。', allowed: ['ja'] },
];
