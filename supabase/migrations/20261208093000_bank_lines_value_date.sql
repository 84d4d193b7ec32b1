-- The matcher reads a window's open lines by their booking date or their value date (a card
-- payment is booked days after it was made): each side of that OR now has an index, so the read
-- stays the window's size over a year of lines instead of every line of the person.
create index bank_lines_user_value_date_idx on bank_lines (user_id, value_date);
