// Distillscope general prompt set, v1: 300 varied everyday tasks, written for this project and dedicated to
// the public domain (CC0-1.0; see README.md beside this file). One prompt per line under its category; a
// prompt's id is "dsg1-<category>-<n>" and never changes, so corpora collected with it align by prompt.

const CATEGORIES: Record<string, string> = {
  explain: `
Explain why the sky is blue to someone who has never studied physics.
What causes the seasons on Earth? Keep it short.
How does a vaccine teach the immune system to recognise a virus?
Explain how a refrigerator keeps food cold.
Why do onions make people cry when they are cut?
How do airplanes stay in the air?
What is inflation, and why do central banks try to control it?
Explain the difference between weather and climate.
How does a rainbow form?
Why does ice float on water when most solids sink in their liquids?
What is photosynthesis and why does it matter for animals?
Explain how tides are caused by the Moon.
How does compound interest work? Give a small numeric example.
Why do we have leap years?
What happens in the body during a fever?`,
  howto: `
How do I remove a red wine stain from a cotton shirt?
Give me step-by-step instructions for changing a flat bicycle tyre.
How can I make my houseplants last longer in winter?
What is the best way to learn to touch-type as an adult?
How do I prepare for a job interview in a field I have never worked in?
Describe how to brew a good cup of pour-over coffee.
How should I store fresh herbs so they stay fresh for a week?
How do I unclog a bathroom sink without chemicals?
What steps should I take to back up the photos on my phone?
How can I improve my sleep without medication?
Explain how to make a simple budget for a household of three.
How do I write a polite complaint to my landlord about a broken heater?
What is a good routine for cleaning a small apartment every week?
How can I reduce the amount of food my family throws away?
How do I start running if I have never exercised regularly?`,
  creative: `
Write a short poem about a lighthouse keeper who has never seen the sea in daylight.
Write a six-sentence story about a robot that learns to garden.
Write a limerick about a cat who refuses to get off the keyboard.
Describe an abandoned train station at dawn in one vivid paragraph.
Write a haiku sequence (three haiku) about the first snow of the year.
Write the opening paragraph of a mystery novel set in a small bakery.
Write a letter from a tree to the person who planted it fifty years ago.
Invent a folk tale that explains why owls are awake at night.
Write a dialogue between the Sun and the Moon arguing about who works harder.
Write a short story that begins with the sentence: "The map was wrong on purpose."
Write a poem about waiting for a bus in the rain, without using the word "rain".
Describe a city where it is always 4 p.m.
Write a bedtime story for a five-year-old about a brave snail.
Write a sonnet about learning a new language.
Write a product description for a time machine sold at a garage sale.`,
  coding: `
Write a Python function that checks whether a string is a palindrome, ignoring punctuation and case.
Explain the difference between a list and a tuple in Python.
Write a JavaScript function that removes duplicate values from an array.
What does the SQL keyword JOIN do? Give an example with two tables.
Write a bash one-liner that counts the lines in every .txt file in a folder.
Explain what recursion is and show a recursive function for factorial.
How do I read a CSV file in Python and compute the average of one column?
What is the difference between == and === in JavaScript?
Write a regular expression that matches a simple email address and explain each part.
Explain what a race condition is, with a small example.
Write a function in any language that returns the n-th Fibonacci number efficiently.
What is Big-O notation? Explain O(n) and O(log n) with examples.
How do I undo the last commit in git without losing my changes?
Explain the difference between a process and a thread.
Review this code and suggest improvements: for i in range(len(items)): print(items[i])`,
  math: `
A train leaves at 3:15 p.m. and arrives at 6:40 p.m. How long is the journey?
If a shirt costs 40 dollars after a 20% discount, what was the original price?
What is the sum of the integers from 1 to 100, and how can you compute it quickly?
A rectangle has a perimeter of 30 cm and a length of 9 cm. What is its area?
Explain how to convert a fraction to a percentage, using 3/8 as an example.
Solve for x: 3x + 7 = 25. Show your steps.
What is the probability of rolling two sixes with two fair dice?
If I save 150 dollars a month, how long will it take to save 4,000 dollars?
Explain what a prime number is and list the primes below 50.
A recipe for 4 people needs 300 g of flour. How much is needed for 10 people?
What is the difference between the mean and the median? When does it matter?
Three friends split a bill of 87 dollars with a 15% tip. How much does each pay?
How many seconds are there in a week?
Is 0.999... equal to 1? Explain your answer.
A car travels 150 km in 1 hour 40 minutes. What is its average speed in km/h?`,
  rewrite: `
Summarise the following in one sentence: "The city council met on Tuesday to discuss the new bike lanes. After two hours of debate, members voted seven to two to extend the lanes along the river, with work to start in spring."
Rewrite this sentence to be more formal: "Hey, can you send me that report thing by tomorrow?"
Make this paragraph shorter without losing meaning: "In the event that you are unable to attend the meeting, it would be greatly appreciated if you could let us know in advance so that we are able to make the necessary arrangements."
Rewrite the following for a ten-year-old: "Photosynthesis converts light energy into chemical energy stored in glucose."
Turn these notes into a short paragraph: meeting moved to Friday; bring laptops; lunch provided; room 204.
Correct the grammar: "Me and him goes to the store yesterday and buyed three apple."
Rewrite this product review to sound more positive but still honest: "The headphones are okay. The sound is fine but they hurt after an hour."
Paraphrase: "Necessity is the mother of invention."
Summarise the plot of Romeo and Juliet in three sentences.
Turn this sentence into a question: "The museum opens at nine every morning."
Rewrite this tweet as a formal press release opening: "Our app just hit one million downloads!!! Thank you all!"
Make this instruction clearer: "Push the thing on the side until the light goes on and then do the other one."
Condense this into a headline: "Local volunteers planted over two thousand trees in the northern park this weekend despite heavy rain."
Rewrite this passive sentence in active voice: "The cake was eaten by the children before the party started."
Translate this idiom into plain English: "It's raining cats and dogs."`,
  work: `
Write a short email asking my manager for a day off next Friday.
Draft a polite reply declining a meeting invitation because of a conflict.
Write a thank-you note to a colleague who helped me meet a deadline.
How should I structure a five-minute presentation about a project update?
Write a job posting for a part-time bookkeeper at a small bakery.
Give me three ways to open a difficult conversation with a team member about missed deadlines.
Write an out-of-office message for a two-week holiday.
What should I include in a one-page business plan for a dog-walking service?
Write a short cover letter for an entry-level data analyst position.
How do I give constructive feedback on a colleague's presentation?
Draft an agenda for a one-hour kickoff meeting for a new website project.
Write a friendly reminder email about an unpaid invoice.
List the pros and cons of working from home for a small team.
How do I politely ask for a raise?
Write a LinkedIn summary for a nurse moving into healthcare administration.`,
  history: `
What were the main causes of the First World War?
Who was Ada Lovelace and why is she remembered?
Describe daily life in ancient Rome for an ordinary family.
Why did the Roman Empire split into East and West?
What was the significance of the printing press?
Explain the Silk Road and what travelled along it besides silk.
What was the Industrial Revolution, and how did it change cities?
Who built the pyramids of Giza, according to current evidence?
What was the Renaissance and where did it start?
Describe the importance of the Magna Carta.
Why did the Berlin Wall fall in 1989?
What was the space race?
Describe the role of women in the factories during the Second World War.
What was the Hanseatic League?
How did the invention of the telegraph change communication?`,
  compare: `
Compare cats and dogs as pets for a busy person living in a flat.
What are the differences between renting and buying a home?
Compare electric cars and petrol cars in terms of running costs.
What is the difference between a virus and a bacterium?
Compare learning the piano and learning the guitar for an adult beginner.
What are the differences between a crocodile and an alligator?
Compare e-books and printed books.
What is the difference between empathy and sympathy?
Compare taking the train and flying for a 600 km trip.
What is the difference between baking soda and baking powder?
Compare Python and JavaScript as a first programming language.
What is the difference between a simile and a metaphor? Give examples.
Compare the climates of a desert and a rainforest.
What is the difference between a debit card and a credit card?
Compare studying in the morning and studying at night.`,
  brainstorm: `
Give me ten names for a small independent bookshop.
List five inexpensive hobbies I could start this weekend.
Suggest eight themes for a child's birthday party.
What are some creative ways to reuse glass jars?
Give me seven ideas for a rainy-day activity with teenagers.
List six topics for a school science fair project.
Suggest five ways a small town could attract more visitors.
Give me ten conversation starters for a networking event.
List some ways to make a long car journey more fun for kids.
Suggest five gifts for someone who loves cooking, under 30 dollars.
Give me ideas for a week of vegetarian dinners.
List eight questions to ask when visiting a potential daycare.
Suggest names for a friendly robot mascot.
Give me five ideas for a short film that could be shot in one room.
List ways to stay motivated while learning something alone.`,
  wellbeing: `
What are some healthy breakfast options that take less than five minutes?
How much water should an adult drink in a day?
Suggest a simple fifteen-minute stretching routine for people who sit all day.
What are the benefits of walking every day?
How can I cook rice so it is fluffy and not sticky?
Give me a recipe for a simple tomato soup.
What are some ways to manage stress before an exam?
How can I make vegetables more appealing to a picky eater?
Explain the difference between aerobic and anaerobic exercise.
What is a balanced lunch for a school child?
How do I make bread without a bread machine?
What are good habits for protecting my eyes when working at a computer?
Suggest a weekly meal-prep plan for one person.
Why is it important to warm up before exercise?
How do I make a vegetable stir-fry?`,
  argue: `
Should homework be banned in primary schools? Give arguments on both sides.
Is it better to be a specialist or a generalist in your career?
Should cities make public transport free?
Make the case for and against a four-day working week.
Is social media good or bad for teenagers?
Should zoos exist? Present a balanced view.
Argue for the importance of learning history in school.
Is it ethical to eat meat? Summarise the main positions.
Should voting be compulsory?
Are standardised tests a fair way to measure students?
Should people be allowed to keep exotic animals as pets?
Is space exploration worth the cost?
Should schools teach personal finance?
Is it better to read the book before watching the film?
Should tipping in restaurants be replaced by higher wages?`,
  words: `
What does the word "serendipity" mean? Use it in a sentence.
Explain the origin of the word "salary".
What is the difference between "affect" and "effect"?
Give five synonyms for "happy" and explain how they differ.
What does "ubiquitous" mean?
Explain the phrase "the elephant in the room".
What is an oxymoron? Give three examples.
What is the difference between "fewer" and "less"?
Explain what a palindrome is and give examples of palindromic words.
What does "procrastination" mean, and where does the word come from?
Define "irony" and give an example of situational irony.
What is the plural of "octopus"?
Explain the expression "to bite the bullet".
What is alliteration? Write a sentence that uses it.
What do the abbreviations "e.g." and "i.e." mean, and how are they used?`,
  places: `
What should I pack for a week-long hiking trip in the mountains?
Describe three things to see in a city you consider underrated.
What is the longest river in the world, and which countries does it flow through?
Plan a relaxed two-day trip to a coastal town.
Why is Venice built on water?
What are some tips for travelling on a tight budget?
What is the capital of Australia, and why was it chosen?
Describe the climate of Iceland and the best time to visit.
What should I know before visiting Japan for the first time?
What are the seven continents, from largest to smallest?
Why is the Dead Sea so salty?
Suggest a road-trip route through the national parks of the American Southwest.
How do time zones work?
What is the Great Barrier Reef, and why is it in danger?
Give tips for avoiding jet lag on a long flight east.`,
  advice: `
My friend forgot my birthday. How should I bring it up without starting an argument?
How can I make friends after moving to a new city?
I have too many tasks and feel overwhelmed. How do I decide what to do first?
How do I tell my roommate that they need to clean up more?
What should I consider before adopting a dog?
How can I become more confident speaking in public?
How do I say no to extra work without damaging my reputation?
I want to change careers at 40. Where should I start?
How can I support a friend who is grieving?
How do I stop checking my phone so often?
What are good ways to save money on groceries?
How can I keep in touch with friends who live far away?
How do I deal with a neighbour who plays loud music late at night?
What should I do if I made a mistake at work that nobody noticed?
How do I choose between two job offers?`,
  extract: `
Classify the sentiment of this review as positive, negative or mixed: "The room was spotless but the staff were rude and breakfast was cold."
Extract the dates from this text: "The conference runs from 3 to 5 June, with registration closing on 20 May."
Which of these are fruits: carrot, tomato, apple, potato, cucumber, pear?
List the nouns in this sentence: "The quick brown fox jumps over the lazy dog near the river."
Sort these animals by typical size, smallest first: horse, mouse, elephant, cat, rabbit.
Identify the main argument in this sentence: "Because bikes cause less pollution, cities should build more bike lanes."
Turn this list into a table with two columns (item, price): bread 2.50, milk 1.20, eggs 3.10.
Which of these numbers are even: 17, 42, 33, 58, 91, 100?
Group these words into animals and tools: hammer, eagle, wrench, salmon, saw, fox.
What is the tone of this message: "Fine. Do whatever you want."?
Extract the names of people from: "Maria met Tom and Dr. Okafor at the station before visiting Lena."
Is this statement a fact or an opinion: "Chocolate ice cream is the best flavour."?
Find the odd one out: Mercury, Venus, Moon, Mars, Jupiter. Explain why.
Put these events in order: lunch, breakfast, dinner, afternoon tea.
Label each sentence as a question, command or statement: "Close the door." "Is it raining?" "The shop is closed."`,
  roleplay: `
Pretend you are a tour guide in an old castle and welcome a group of visitors.
You are a librarian. Recommend three books to a teenager who loves adventure.
Act as a fitness coach and motivate me to finish my last set of push-ups.
You are a waiter in a busy restaurant. Explain today's specials.
Play the role of a job interviewer and ask me three questions for a marketing role.
You are a pirate captain. Give a speech to your crew before a storm.
Act as a museum audio guide describing a famous painting of your choice.
You are a friendly customer service agent. A customer's parcel is late: respond to them.
Pretend to be a medieval town crier announcing a market day.
You are a detective explaining how you solved the case of the missing cookies.
Act as a park ranger giving safety advice to campers.
You are a chef teaching a beginner how to hold a knife.
Pretend you are a weather presenter forecasting a very unusual day.
Act as a language tutor and correct my sentence: "I have went to school yesterday."
You are an astronaut describing your first morning on the space station.`,
  teach: `
Explain fractions to an eight-year-old using pizza.
How would you teach a child to tie their shoelaces?
Explain the water cycle to a class of primary school pupils.
Create a short quiz with five questions about the solar system.
Explain what a noun, verb and adjective are, with examples a child would understand.
How would you explain electricity to a six-year-old?
Give me a simple experiment to show that air takes up space.
Explain multiplication as repeated addition.
How can I help my child practise reading at home?
Explain what gravity is to a young child.
Make a simple lesson plan for teaching the days of the week in Spanish.
Explain why we need to recycle, for a class of ten-year-olds.
How would you teach someone to count in binary?
Explain the parts of a plant and what each part does.
Give three fun ways to learn the times tables.`,
  tech: `
What is the difference between the internet and the web?
Explain what cloud storage is and how it works.
How does a password manager keep passwords safe?
What is two-factor authentication and why should I use it?
Explain what a GPS receiver does to find its location.
What is the difference between RAM and storage?
How does Wi-Fi work?
What is open-source software?
Explain what a cookie is on a website.
How do noise-cancelling headphones work?
What is a VPN and when is it useful?
Explain how a QR code stores information.
What is the difference between a CPU and a GPU?
How do solar panels turn sunlight into electricity?
What is encryption, in simple terms?`,
  puzzles: `
What has keys but cannot open locks?
I am thinking of a number. If you double it and add five, you get 21. What is the number?
A farmer has 17 sheep and all but 9 run away. How many are left?
Which weighs more: a kilogram of feathers or a kilogram of steel?
If there are three apples and you take away two, how many do you have?
What comes next in the sequence 2, 6, 12, 20, 30, ...?
How can you measure exactly 4 litres using only a 3-litre and a 5-litre jug?
A bat and a ball cost 1.10 dollars in total. The bat costs one dollar more than the ball. How much does the ball cost?
What word becomes shorter when you add two letters to it?
You are in a race and you pass the person in second place. What place are you in now?
How many times can you subtract 5 from 25?
Two fathers and two sons go fishing. Each catches one fish, and they bring home three fish. How?
What is the next letter in the series: O, T, T, F, F, S, S, E, ...?
If it takes five machines five minutes to make five widgets, how long do 100 machines take to make 100 widgets?
Give me a riddle and its answer about time.`,
};

export type BuiltinPrompt = { id: string; prompt: string; category: string };

export const GENERAL_PROMPTS: BuiltinPrompt[] = Object.entries(CATEGORIES).flatMap(([category, block]) =>
  block
    .trim()
    .split("\n")
    .map((prompt, i) => ({ id: `dsg1-${category}-${String(i + 1).padStart(2, "0")}`, prompt: prompt.trim(), category })),
);
