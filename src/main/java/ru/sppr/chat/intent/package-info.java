/** What kind of question a message is: nine intents and a trained classifier that gives each a probability. */
package ru.sppr.chat.intent;
