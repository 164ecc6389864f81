-- An optional employee number from the organisation's HR system, the key an employee import matches people by.
ALTER TABLE person ADD COLUMN employee_number VARCHAR(50);
ALTER TABLE person ADD CONSTRAINT uk_person_employee_number UNIQUE (employee_number);
