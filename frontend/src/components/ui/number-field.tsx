import { NumberInput, type NumberInputProps } from '@mantine/core';
import { Controller, type Control, type FieldError, type FieldPath, type FieldValues } from 'react-hook-form';

type NumberFieldProps<T extends FieldValues, TContext, TTransformed> = Omit<
  NumberInputProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'error'
> & {
  control: Control<T, TContext, TTransformed>;
  name: FieldPath<T>;
  /** Turns the field's validation error into the text shown under it. */
  errorText: (error: FieldError | undefined) => string | undefined;
};

/** A Mantine number input bound to react-hook-form; an emptied input holds '' so the schema can say "required". */
export function NumberField<T extends FieldValues, TContext = unknown, TTransformed = T>({
  control,
  name,
  errorText,
  ...input
}: NumberFieldProps<T, TContext, TTransformed>) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <NumberInput
          ref={field.ref}
          name={field.name}
          value={field.value}
          onBlur={field.onBlur}
          onChange={(value) => field.onChange(value === '' ? '' : Number(value))}
          error={errorText(fieldState.error)}
          {...input}
        />
      )}
    />
  );
}
